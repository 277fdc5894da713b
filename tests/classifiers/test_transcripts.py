"""Recognition errors are tolerated in transcripts, and only there."""

from __future__ import annotations

from collections.abc import Callable

from classifiers import Classification

Verdict = Callable[..., Classification]


def test_misheard_urgency_word_is_matched_in_a_transcript(verdict: Verdict) -> None:
    result = verdict(transcript="hallo met Jan het is bingend bel me terug")
    fired = [r for r in result.rules if r.id == "nl.urgency_words"]
    assert fired and fired[0].matched == "bingend" and fired[0].field == "transcript"


def test_misheard_outage_in_a_transcript_is_critical(verdict: Verdict) -> None:
    # "bestellen" heard as "bestelen", "betalen" as "betaalen"
    text = "hallo in de webshop kan niemand bestelen of betaalen bel me terug"
    assert verdict(transcript=text).severity == "critical"


def test_the_same_misspelling_in_an_email_is_not_critical(verdict: Verdict) -> None:
    body = "In de webshop kan niemand bestelen of betaalen"
    result = verdict(body=body)
    assert result.severity != "critical"
    assert not any(r.id == "nl.urgency_words" for r in verdict(body="het is bingend").rules)


def test_fuzzy_matches_weigh_less_and_less_again_when_the_recogniser_was_unsure(
    verdict: Verdict,
) -> None:
    sure = verdict(transcript="het is bingend").rules[0].weight
    unsure = verdict(transcript="het is bingend", uncertain=True).rules[0].weight
    exact = verdict(transcript="het is dringend").rules[0].weight
    assert exact > sure > unsure


def test_fuzzy_matching_never_fires_a_resolved_demotion(verdict: Verdict) -> None:
    # "niet meer bereikbaar" must not be heard as "weer bereikbaar" (= resolved)
    result = verdict(transcript="onze website is niet meer bereikbaar niemand kan iets doen")
    assert result.severity == "critical"
    assert not any(r.level == "demote" for r in result.rules)


def test_fuzzy_matching_only_serves_incident_rules(verdict: Verdict) -> None:
    # "morning" is two letters from "sorting" (a standard-level word): not a match.
    result = verdict(transcript="could someone check it tomorrow morning")
    assert not any(r.level in ("standard", "low") and r.matched == "morning" for r in result.rules)
