"""A reply that says the orders flow again, above the quoted outage thread: over (low).

"Jetzt laufen die Bestellungen wieder in die Wawi, danke!" as the newest reply above a quoted
thread about orders not reaching the Wawi was not read as over: de.resolved knew "läuft/laufen
... wieder" with its subject between only for the site, the shop or the systems. What flows
from the shop to another system (the orders, the sync, the data) named between runs again as
well. Orders that run again into an error stay a failure.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_level, assert_mail_level

QUOTED = (
    "\n\nAm 12.03.2025 um 11:02 schrieb Support <support@agentur.example>:\n"
    "> Wir schauen uns das an.\n>\n"
    "> Am 12.03.2025 um 09:14 schrieb Max:\n"
    ">> Seit heute Morgen kommen keine Bestellungen mehr in der Wawi an. Bitte dringend prüfen!\n"
)
OUTLOOK = (
    "\n\nVon: Max Muster <max@shop.example>\nGesendet: Dienstag, 12. März 2025 09:14\n"
    "An: support@agentur.example\nBetreff: Bestellungen kommen nicht in der Wawi an\n\n"
    "Seit heute Morgen kommen keine Bestellungen mehr in der Wawi an. Bitte dringend prüfen!\n"
)


@pytest.mark.parametrize("history", [QUOTED, OUTLOOK])
def test_orders_flowing_again_above_the_thread_is_low(history: str) -> None:
    assert_mail_level(
        "low",
        "AW: Bestellungen kommen nicht in der Wawi an",
        "Jetzt laufen die Bestellungen wieder in die Wawi, danke!" + history,
    )


def test_orders_flowing_again_alone_is_low() -> None:
    assert_level("low", "de", "Jetzt laufen die Bestellungen wieder in die Wawi, danke!")


def test_orders_running_into_an_error_again_is_no_fix() -> None:
    assert_level(
        "critical",
        "de",
        "Jetzt laufen die Bestellungen wieder in einen Fehler, die Wawi bekommt nichts.",
    )
