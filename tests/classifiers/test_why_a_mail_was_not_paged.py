"""`frontdesk classify` explains its decision: the matches the reading steps set aside, each
with its step, and a one-line reason for the level, without changing the level or the rules."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from classifiers import MessageText, classify
from frontdesk.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
# The keys `frontdesk classify --json` gave before it explained (CLI contract: never removed).
OLD_KEYS = {"severity", "language", "automated", "automated_reason", "rules"}
OLD_RULE_KEYS = {"id", "matched", "level", "field", "weight"}


def classify_json(
    mail: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """`frontdesk classify --json -` of `mail` on stdin."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(mail.encode())))
    assert main(["classify", "--json", "-"]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def test_a_supposed_outage_shows_its_match_set_aside_as_supposed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = "Subject: X\n\nwhat happens if the site is down during the sale?\n"
    out = classify_json(mail, capsys, monkeypatch)
    assert out["severity"] == "standard"
    assert out["rules"] == []
    assert {
        "id": "en.site_down",
        "matched": "site is down",
        "level": "critical",
        "field": "body",
        "weight": 2.0,
        "step": "supposed",
        "function": "_drop_supposed",
    } in out["set_aside"]
    assert out["reason"].startswith("no rule fired: standard")
    assert "set aside: en.site_down" in out["reason"] and "(supposed)" in out["reason"]


def test_a_past_outage_under_a_thank_you_is_set_aside_as_past_or_over() -> None:
    verdict = classify(
        MessageText(
            subject="Thanks!",
            body="Thank you for the quick help yesterday. The site was down for two hours on "
            "Monday but it is back up and everything works fine now.",
        ),
        explain=True,
    )
    assert verdict.severity == "low"
    assert verdict.set_aside is not None
    steps = {s.step for s in verdict.set_aside if s.rule.id == "en.site_down"}
    assert steps and steps <= {"past", "over"}
    assert verdict.reason is not None and verdict.reason.startswith("low: ")


def test_a_mail_no_rule_fires_on_has_a_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = classify_json(
        "Subject: Photos\n\nHere are the photos from Saturday.\n", capsys, monkeypatch
    )
    assert (out["severity"], out["rules"], out["set_aside"]) == ("standard", [], [])
    assert (
        out["reason"] == "no rule fired: standard is the level of a message that names no failure"
    )


def test_the_json_keeps_every_old_key_and_names_what_carried_a_critical(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["classify", "--json", str(CORPUS / "critical" / "de_kasse_geht_nicht.eml")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out.keys() >= OLD_KEYS | {"set_aside", "reason"}
    assert out["rules"] and all(r.keys() >= OLD_RULE_KEYS for r in out["rules"])
    assert out["reason"].startswith("critical: ") and "reached the threshold" in out["reason"]


def test_a_limited_scope_that_lowers_a_critical_is_named_in_the_reason() -> None:
    verdict = classify(
        MessageText(
            subject="Checkout",
            body="The checkout is broken on mobile only, nobody can pay on their phone. On "
            "desktop it works fine.",
        ),
        explain=True,
    )
    assert verdict.severity == "urgent"
    assert verdict.reason is not None
    assert verdict.reason.startswith("urgent: critical ") and "lowered by" in verdict.reason
    assert "en.limited_scope" in verdict.reason


def test_the_text_output_prints_the_matches_set_aside_and_the_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = "Subject: X\n\nwhat happens if the site is down during the sale?\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(mail.encode())))
    assert main(["classify", "-"]) == 0
    out = capsys.readouterr().out
    assert "set aside by the reading steps:" in out
    assert "en.site_down" in out and "(supposed: _drop_supposed)" in out
    assert "reason: no rule fired" in out


@pytest.mark.parametrize(
    "path",
    [
        "critical/de_kasse_geht_nicht.eml",
        "low/en_change_header_colour.eml",
        "transcripts/critical/nl_bingend_webshop_plat.txt",
    ],
)
def test_asking_for_the_explanation_changes_no_result(path: str) -> None:
    from frontdesk.cli.classify import load_any

    text = load_any(str(CORPUS / path)).text
    plain, explained = classify(text), classify(text, explain=True)
    assert (plain.severity, plain.language, plain.rules) == (
        explained.severity,
        explained.language,
        explained.rules,
    )
    # not asked: null, which is not "nothing set aside"
    assert (plain.set_aside, plain.reason) == (None, None)
    assert plain.as_json()["set_aside"] is None and explained.as_json()["reason"]
