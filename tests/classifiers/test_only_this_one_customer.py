"""The client's note over a customer's forward says it is that customer alone: "Betrifft nur
diesen einen Kunden, bei anderen geht es", "Gjelder bare henne så vidt vi vet", "Alleen bij deze
ene klant", "Only this one customer". One user's problem (standard), however the customer's own
words sound ("can't log in", "Fehlermeldung"); a password reset that fails is a login failure
(urgent for everyone, standard for one).

Session 54 found it in batch 54 (forwards read as urgent): the single-user cues knew "nur diese
eine", "bare hos henne", but not the accusative "nur diesen einen Kunden" nor "gjelder bare
henne"; "jeg får ikke tilbakestilt passordet" was no failure at all; and
`no.shipping_label_failing_near` read "e-posten" (the e-mail) as the carrier Posten. A bare
"others are fine" / "bei anderen geht es" is left: it is said of the rest of a group too ("some
customers can't log in, others are fine", urgent), so batch 54's English forward ("Can you see
why she doesn't get it? Others are fine as far as we know.") stays urgent.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level, family_tests

_FWD = "\n\n---------- Forwarded message ---------\nFrom: {who}\nSubject: {subject}\n\n{text}\n"

FORWARDS = [
    ("Fwd: can't log in", "Can you see why she doesn't get it? It's only this one customer.",
     "I've clicked forgot password five times now and nothing arrives. I can't log in."),
    ("WG: Rechnung", "Können Sie sich das anschauen? Betrifft nur diesen einen Kunden, bei anderen "
     "geht es.", "Beim Klick auf Rechnung herunterladen in meinem Kundenkonto bekomme ich nur eine "
     "Fehlermeldung."),
    ("Fwd: Passord", "Kan dere se på denne? Gjelder bare henne så vidt vi vet.",
     "Hei, jeg får ikke tilbakestilt passordet mitt. Lenken i e-posten sier bare ugyldig lenke."),
    ("Fwd: inloggen", "Kun je hiernaar kijken? Alleen bij deze ene klant.",
     "Ik kan niet inloggen op mijn account, ik krijg steeds een foutmelding."),
    ("Fwd: login", "Only this one customer, the other customers are fine.",
     "I can't log in to my account, it says error every time."),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "note", "text"), FORWARDS)
def test_a_forward_said_to_be_one_customer_is_standard(subject: str, note: str, text: str) -> None:
    body = note + _FWD.format(who="customer@example.com", subject=subject[5:], text=text)
    assert_mail_level("standard", subject, body)


PARAPHRASES = [
    ("standard", "en", "Only this one customer has the problem, the other customers can log in "
                       "fine. She gets an error when she tries to log in."),
    ("standard", "no", "Det gjelder bare denne ene kunden, hun får ikke tilbakestilt passordet "
                       "sitt."),
]  # fmt: skip

NEAR_MISSES = [
    # a part of the users, the others fine: a login broken for a group (urgent)
    ("urgent", "en", "Some of our members can't log in since the update, others are fine."),
    ("urgent", "de", "Einige Kunden können sich nicht mehr einloggen, bei anderen funktioniert "
                     "es."),
    # everyone has it: the login broken (urgent)
    ("urgent", "en", "None of our customers can log in to their account, guest checkout still "
                     "works."),
    ("urgent", "de", "Kein Kunde kann sich mehr ins Kundenkonto einloggen, bei allen kommt eine "
                     "Fehlermeldung. Gastbestellungen gehen."),
    # the carrier Posten whose labels fail: an integration (urgent)
    ("urgent", "no", "Fraktlappene fra Posten feiler, vi får ikke laget etiketter siden i "
                     "morges."),
    # the link in the e-mail invalid for everyone: not one user
    ("urgent", "no", "Ingen kunder får tilbakestilt passordet, lenken i e-posten er ugyldig for "
                     "alle."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
