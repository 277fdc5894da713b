"""A reply written below the quote it answers, inline or bottom-posted: the new text.

Thunderbird, mutt and many mobile clients put the attribution ("Am 2. Mai schrieb Support:",
"Op 2 mei schreef ...", "Den 2. mai skrev ...") first, then the quoted mail, then the
sender's answer; inline replies answer between the quoted lines. The attribution ended the
new text, so such a reply read as empty and the new problem told below the quote went
unseen. The quote itself stays old text: a line wrapped without its marker, a closing or a
signature below the quote are not the sender's answer.
"""

from __future__ import annotations

import pytest

from classifiers import new_text
from tests.classifiers.conftest import assert_mail_level

AGENCY_QUOTE = {
    "en": "On 2 May 2026 at 09:10, Support <support@agency.example> wrote:\n"
    "> Hi,\n>\n> the new footer is live. Could you have a look?\n>\n> Support\n",
    "de": "Am 02.05.2026 um 09:10 schrieb Support:\n"
    "> Hallo,\n>\n> die neue Fußzeile ist online. Können Sie kurz schauen?\n>\n> Support\n",
    "nl": "Op 2 mei 2026 om 09:10 schreef Support <support@agency.example>:\n"
    "> Hoi,\n>\n> de nieuwe footer staat live. Kunnen jullie even kijken?\n>\n> Support\n",
    "no": "Den 2. mai 2026 kl. 09:10 skrev Support <support@agency.example>:\n"
    "> Hei,\n>\n> den nye bunnteksten er publisert. Kan dere ta en titt?\n>\n> Support\n",
}

BELOW = [
    ("critical", "en", "Footer is fine. But since lunch the whole website is down, every "
                       "visitor just gets a server error."),
    ("critical", "de", "Fußzeile passt. Aber seit Mittag ist die ganze Website down, alle "
                       "Besucher bekommen nur einen Serverfehler."),
    ("critical", "nl", "Footer is goed. Maar sinds de lunch ligt de hele website plat, elke "
                       "bezoeker krijgt een serverfout."),
    ("critical", "no", "Bunnteksten ser bra ut. Men siden lunsj er hele nettsiden nede, alle "
                       "besøkende får en serverfeil."),
    ("urgent", "en", "Footer looks good. Since the update though the whole site has become "
                     "extremely slow, every page takes half a minute."),
    ("urgent", "de", "Fußzeile passt. Seit dem Update ist aber die Website extrem langsam "
                     "geworden, jede Seite braucht eine halbe Minute."),
]  # fmt: skip


@pytest.mark.parametrize(("level", "lang", "answer"), BELOW)
def test_answer_below_the_quote_is_read(level: str, lang: str, answer: str) -> None:
    body = f"{AGENCY_QUOTE[lang]}\n{answer}\n\nAnn\n"
    assert_mail_level(level, "Re: [#4410] footer", body)


def test_inline_answers_between_quoted_lines_are_the_new_text() -> None:
    body = (
        "On 2 May 2026 at 09:10, Support wrote:\n"
        "> Shall we switch the DNS on Thursday?\n\n"
        "Yes, Thursday is fine.\n\n"
        "> Mail may take a few hours to settle.\n\n"
        "Understood.\n"
    )
    assert new_text(body) == "Yes, Thursday is fine.\n\n\nUnderstood."


@pytest.mark.parametrize(
    "body",
    [
        # a quote wrapped without its marker, nothing answered below
        "On 2 May 2026 at 09:10, Support wrote:\n> the whole site was down last night\n"
        "for an hour, it works again now.\n",
        # only a closing and a signature below the quote
        "On 2 May 2026 at 09:10, Support wrote:\n> the whole site was down\n\nKind regards,\nAnn\n",
        # nothing below the quote at all
        "Am 02.05.2026 um 09:10 schrieb Support:\n> die ganze Seite war down\n",
    ],
)
def test_a_quote_with_nothing_answered_below_stays_old(body: str) -> None:
    assert new_text(body) == ""


def test_a_wrapped_quote_line_between_answers_stays_old() -> None:
    body = (
        "Op 2 mei 2026 om 09:10 schreef Support:\n"
        "> de webshop lag gisteren plat en is nu\n"
        "weer bereikbaar.\n\n"
        "Dank je, alles werkt weer.\n"
    )
    assert new_text(body) == "Dank je, alles werkt weer."


NEAR_MISSES = [
    # the outage is in the quote; the answer below thanks for the fix
    ("low", "en", "On 2 May 2026 at 09:10, Support wrote:\n> The site was down for everyone, "
                  "it is back up now.\n\nThanks, all works again here.\n"),
    ("low", "no", "Den 2. mai 2026 kl. 09:10 skrev Support:\n> Nettsiden var nede for alle, "
                  "den er oppe igjen nå.\n\nTakk, alt virker igjen.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "lang", "body"), NEAR_MISSES)
def test_a_thank_you_below_a_quoted_outage_stays_low(level: str, lang: str, body: str) -> None:
    assert_mail_level(level, "Re: [#4411] site down", body)
