"""The meaning-based rule families: object + failure predicate, scope, negation of near groups."""

from __future__ import annotations

from classifiers.engine import classify
from classifiers.model import MessageText


def _level(subject: str, body: str) -> str:
    return classify(MessageText(subject=subject, body=body)).severity


def test_app_that_never_opens_for_users_is_critical_in_every_language() -> None:
    assert _level("app", "Our app won't open anymore, it closes straight away.") == "critical"
    assert _level("app", "Onze app opent niet meer, hij sluit meteen.") == "critical"
    assert _level("App", "Unsere App startet nicht mehr, sie schließt sich sofort.") == "critical"
    assert _level("Appen", "Appen åpner seg ikke, den lukker seg med en gang.") == "critical"


def test_site_that_is_not_down_with_a_colour_wish_is_low() -> None:
    body = (
        "Keine Panik, die Seite ist nicht down, alles läuft. "
        "Wir hätten gern die Schriftfarbe dunkler."
    )
    assert _level("Schriftfarbe", body) == "low"
    assert _level("colour", "The site is not down, but could you make the headings navy?") == "low"


def test_nobody_getting_past_the_first_page_is_critical_even_with_a_device_named() -> None:
    body = "Nettbutikken viser bare en feilmelding, ingen kommer seg inn. Prøvd på mobil og PC."
    assert _level("Nettbutikken", body) == "critical"


def test_stranger_exporting_the_customer_list_is_critical() -> None:
    body = "Jemand hat sich aus dem Ausland ins Backend eingeloggt und die Kundenliste exportiert."
    assert _level("Verdacht", body) == "critical"


def test_password_reset_mail_that_never_arrives_is_urgent() -> None:
    body = "Customers click reset password but the email never arrives."
    assert _level("reset", body) == "urgent"


def test_outage_told_as_past_history_is_not_an_incident_now() -> None:
    body = "Last month our site was down twice. Can we talk about a better hosting package?"
    assert _level("Hosting", body) != "critical"
    body = "Nettsiden var nede i går kveld, men alt virker nå. Kan dere si hva som skjedde?"
    assert _level("I går", body) != "critical"


def test_outage_ongoing_since_last_week_stays_critical() -> None:
    body = "Since last week the site is down for everyone, nobody can order."
    assert _level("down", body) == "critical"


def test_negated_object_does_not_cancel_its_failure() -> None:
    body = "Kundene kan ikke laste ned kvitteringene sine lenger, lenken gir bare en feil."
    assert _level("Kvitteringer", body) == "urgent"
