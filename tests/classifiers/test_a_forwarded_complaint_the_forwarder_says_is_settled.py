"""A forward whose own text names the complaint it passes on ("complaint", "klacht",
"Beschwerde", "klagen") is read with the forwarded mail (2fdb09a) only when that own text leaves
it open. "FYI, a customer complaint from last week, we fixed it already, just for your records"
over the customer's "the checkout is down, nobody can pay" is no page: the forwarder says it is
fixed, a wish, or no hurry ("kein Notfall", "geen haast", "ikke noe hastverk"). Said not fixed,
broken again, or asked about ("Is this fixed already?"), the forwarded mail is read as before.

Session 22's review found the settled forwards paged (low -> critical) once the complaint word
alone made the forwarded mail part of the report.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level
from tests.classifiers.forwarded_checkout_down import (
    _CHAT_DE,
    _CHAT_EN,
    _CHAT_NL,
    _CHAT_NO,
    _DE,
    _EN,
    _NL,
    _NO,
)

SETTLED = [
    ("low", "Fwd: Checkout", "FYI, a customer complaint from last week, we fixed it already, "
                             "just for your records." + _CHAT_EN + _EN),
    ("low", "Fwd: Checkout", "A customer complaint, no rush, whenever you have time."
                             + _CHAT_EN + _EN),
    ("low", "Fwd: Checkout", "Another complaint about the checkout. It has been resolved "
                             "already, just so you know." + _CHAT_EN + _EN),
    ("low", "Fwd: Checkout", "A complaint we got. Could you add a wishlist button to the "
                             "checkout some day? Not an emergency." + _CHAT_EN + _EN),
    ("low", "WG: Kasse", "Zur Info, eine Kundenbeschwerde von letzter Woche, ist schon behoben, "
                         "kein Notfall." + _CHAT_DE + _DE),
    ("low", "WG: Kasse", "Eine Beschwerde, keine Eile, wenn ihr mal Zeit habt." + _CHAT_DE + _DE),
    ("low", "Doorst: Kassa", "Ter info, een klacht van vorige week, is al opgelost, geen haast."
                             + _CHAT_NL + _NL),
    ("low", "Doorst: Kassa", "Een klacht, het is inmiddels verholpen, alleen ter info."
                             + _CHAT_NL + _NL),
    # (the own text alone: no Norwegian rule knows "allerede fikset" as over; standard as before)
    ("standard", "VS: Kasse", "Til info, en klage fra forrige uke, det er allerede fikset, ikke "
                              "noe hastverk." + _CHAT_NO + _NO),
    ("low", "VS: Kasse", "En klage, ingen hast, når dere har tid." + _CHAT_NO + _NO),
    # the customer's wish passed on: the own text alone (standard, as before 2fdb09a)
    ("standard", "Fwd: Checkout", "A complaint from a customer: she wishes the checkout had "
                                  "PayPal. Maybe something for later." + _CHAT_EN + _EN),
    ("standard", "WG: Kasse", "Eine Beschwerde von einer Kundin, sie wünscht sich PayPal im "
                              "Checkout, vielleicht später mal." + _CHAT_DE + _DE),
    ("standard", "Doorst: Kassa", "Een klacht van een klant, ze wenst PayPal in de checkout, "
                                  "iets voor later." + _CHAT_NL + _NL),
    ("standard", "VS: Kasse", "En klage fra en kunde, hun ønsker seg PayPal i kassen, kanskje "
                              "noe for senere." + _CHAT_NO + _NO),
]  # fmt: skip

LEFT_OPEN = [
    # the complaint passed on to be looked at: the forwarded mail is the report (2fdb09a)
    ("critical", "Fwd: Checkout", "Please look at this customer complaint." + _CHAT_EN + _EN),
    ("critical", "WG: Kasse", "Bitte schaut euch diese Beschwerde an." + _CHAT_DE + _DE),
    ("critical", "Doorst: Kassa", "Kunnen jullie naar deze klacht kijken?" + _CHAT_NL + _NL),
    ("critical", "VS: Kasse", "Kan dere se på denne klagen?" + _CHAT_NO + _NO),
    # "fixed" denied, asked about, or undone since
    ("critical", "Fwd: Checkout", "A customer complaint, it is not fixed yet and people are "
                                  "angry." + _CHAT_EN + _EN),
    ("critical", "Fwd: Checkout", "A customer complaint. We thought we had fixed it last week, "
                                  "but it is broken again." + _CHAT_EN + _EN),
    ("critical", "Fwd: Checkout", "Customer complaint. Is this fixed already? Please check."
                                  + _CHAT_EN + _EN),
    ("critical", "Fwd: Checkout", "Please keep an eye on this complaint until it is fixed."
                                  + _CHAT_EN + _EN),
    ("critical", "WG: Kasse", "Eine Beschwerde, niemand hat das bisher behoben." + _CHAT_DE + _DE),
    # the forwarder's own wish is that it be looked at
    ("critical", "VS: Kasse", "Vi ønsker at dere ser på denne klagen så fort som mulig."
                              + _CHAT_NO + _NO),
    ("critical", "WG: Kasse", "Eine Beschwerde, das ist noch nicht behoben, bitte dringend "
                              "ansehen." + _CHAT_DE + _DE),
    ("critical", "WG: Kasse", "Eine Beschwerde, wir hatten das schon behoben, aber jetzt ist es "
                              "schon wieder kaputt." + _CHAT_DE + _DE),
    ("critical", "Doorst: Kassa", "Een klacht, het is nog niet opgelost, graag snel kijken."
                                  + _CHAT_NL + _NL),
    ("critical", "VS: Kasse", "En klage, det er ikke fikset ennå, kan dere se på det?"
                              + _CHAT_NO + _NO),
    ("critical", "VS: Kasse", "En klage, vi trodde det var løst, men det er nede igjen."
                              + _CHAT_NO + _NO),
]  # fmt: skip


@pytest.mark.parametrize(("level", "subject", "body"), SETTLED)
def test_a_complaint_forwarded_as_settled_is_not_read_as_the_customer_wrote_it(
    level: str, subject: str, body: str
) -> None:
    assert_mail_level(level, subject, body)


@pytest.mark.parametrize(("level", "subject", "body"), LEFT_OPEN)
def test_a_complaint_forwarded_and_left_open_is_read_with_the_forwarded_mail(
    level: str, subject: str, body: str
) -> None:
    assert_mail_level(level, subject, body)
