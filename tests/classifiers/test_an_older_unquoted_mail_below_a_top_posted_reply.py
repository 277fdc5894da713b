"""An older mail left unquoted below a quoted one, under a reply written on top.

"Could you also make the logo a bit bigger?", then "On ... Support wrote:", "> the shop is
back up ...", a blank line, "Jan wrote at 07:02:" and Jan's older report, unquoted. The text
after the quote is not an answer written below it but an older mail whose header no
attribution pattern knows ("Jan wrote at 07:02:", "Oorspronkelijk bericht van Jan:"): it is
history, and the reply on top asks for a design change (low). An answer below the quote
stays the new text.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify, new_text

MAILS = [
    ("en", "Could you also make the logo a bit bigger?\n\n"
           "On Tue, 3 Mar 2026 at 10:00, Support <support@agency.example> wrote:\n"
           "> the shop is back up, the payment provider had an outage.\n\n"
           "Jan wrote at 07:02:\n"
           "The shop is down, nobody can pay. Please call me.\n"),
    ("nl", "Kunnen jullie het logo ook iets groter maken?\n\n"
           "Op di 3 mrt 2026 om 10:00 schreef Support <support@agency.example>:\n"
           "> de webshop is weer online, de betaalprovider had een storing.\n\n"
           "Oorspronkelijk bericht van Jan:\n"
           "De webshop ligt plat, niemand kan betalen. Bel me alsjeblieft.\n"),
    ("de", "Könnten Sie das Logo noch etwas größer machen?\n\n"
           "Am 03.03.2026 um 10:00 schrieb Support <support@agency.example>:\n"
           "> der Shop ist wieder online, der Zahlungsanbieter hatte eine Störung.\n\n"
           "Ursprüngliche Nachricht von Jan:\n"
           "Der Shop ist down, niemand kann bezahlen. Bitte rufen Sie mich an.\n"),
    ("no", "Kan dere også gjøre logoen litt større?\n\n"
           "Den 3. mars 2026 kl. 10:00 skrev Support <support@agency.example>:\n"
           "> nettbutikken er oppe igjen, betalingsleverandøren hadde en feil.\n\n"
           "Jan skrev kl. 07:02:\n"
           "Nettbutikken er nede, ingen kan betale. Ring meg.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body"), MAILS)
def test_the_older_mail_is_history_and_the_reply_a_request(lang: str, body: str) -> None:
    assert new_text(body) == body.split("\n\n")[0]
    got = classify(MessageText(body=body, language=lang))
    assert got.severity == "low", [(r.id, r.matched) for r in got.rules]


def test_an_answer_below_the_quote_stays_new_text() -> None:
    body = (
        "On Tue, 3 Mar 2026 at 10:00, Support <support@agency.example> wrote:\n"
        "> Could you confirm the shop works again?\n\n"
        "No, since 9 the whole shop is down again, nobody can pay.\n"
    )
    assert new_text(body) == "No, since 9 the whole shop is down again, nobody can pay."
    assert classify(MessageText(body=body, language="en")).severity == "critical"
