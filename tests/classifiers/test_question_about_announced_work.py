"""A question whether the whole site will be down during work the agency announced ("you'll be
upgrading the server on Saturday. Will the whole site be offline for all visitors?", "Sie hatten
angekündigt, das PHP-Update einzuspielen. Ist dann die komplette Seite weg?", "Jullie gaan
zaterdag de server upgraden. Ligt dan de hele site plat?", "Dere har varslet en oppgradering.
Er hele nettsiden nede da?") reports nothing: a question (low). Announced work and upgrading in
the future are planned work (`_PLANNED`), and a subject's question ("Saturday upgrade - will
the whole site be down?") is read with the body that names the work.

Batch 48 (scope) showed it: both such questions, their scope words ("whole site", "für alle
Besucher") read as an outage, were critical. The site down after the announced work, told as
a fact, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    ("low", "en", "I heard you'll be upgrading the server on Sunday morning. Will the whole site "
                  "be offline for all visitors, or only the shop? We'd like to put a notice on "
                  "the homepage."),
    ("low", "nl", "Jullie gaan zaterdag de server upgraden. Ligt dan de hele site plat voor "
                  "alle bezoekers, of alleen de webshop? Dan willen we graag vooraf een melding "
                  "plaatsen."),
    ("low", "de", "Sie hatten angekündigt, am Sonntag das PHP-Update einzuspielen. Ist dann die "
                  "komplette Seite für alle Besucher weg? Wir möchten vorher einen Hinweis "
                  "schalten."),
    ("low", "no", "Dere har varslet at serveren skal oppgraderes på lørdag. Er hele nettsiden "
                  "nede for alle da, eller bare nettbutikken? Vi vil gjerne legge ut en "
                  "melding på forsiden."),
]  # fmt: skip

NEAR_MISSES = [
    # the announced work done, the site down now, told as a fact
    ("critical", "en", "Since your upgrade last night the whole site is down for everyone. Can "
                       "you fix it?"),
    ("critical", "de", "Nach dem angekündigten Update ist die Seite seit heute früh komplett "
                       "weg. Wann ist sie wieder da?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_subject_question_is_read_with_the_body_that_names_the_work() -> None:
    assert_mail_level(
        "low",
        "Sunday upgrade - will the whole site be down?",
        "Your colleague said you'll be upgrading the server on Sunday. Will everything be "
        "offline for an hour? We'd like to put a notice on the homepage.",
    )


def test_subject_down_over_a_body_that_reports_it_stays_critical() -> None:
    assert_mail_level(
        "critical",
        "Whole site down since the upgrade",
        "Since the upgrade last night the whole site is down for everyone, nothing loads.",
    )
