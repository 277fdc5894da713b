"""An uptime monitor's alert forwarded with no word of the client's own: "The monitor Shop
(https://www.x.co.uk/) is currently DOWN (HTTP 503 - Service Unavailable) ... Root cause: HTTP
503 ... We will alert you when it is back up." The site is down for everyone now (critical);
its twin, "Monitor is UP ... It was down for 4 minutes", is over (low).

Session 54 found it in batch 54 (three UptimeRobot alerts read as standard): the alert's field
"Root cause: ..." was read as the post-mortem words of `en.resolved` (an outage over), the
alert's promise "when it is back up" was read as the site back, and the site named with its
address in parentheses ("webshop (https://...) is currently DOWN") was no object of
`<lang>.site_down`. The same address in parentheses is how customers name the site in all four
languages ("de webshop (www.x.nl) ligt plat").
"""

from __future__ import annotations

from tests.classifiers.conftest import assert_mail_level, family_tests

_ALERT = (
    "---------- Forwarded message ---------\n"
    "From: UptimeRobot <alert@uptimerobot.com>\n"
    "Subject: Monitor is DOWN: {name}\n\n"
    "Hi,\n\n"
    "The monitor {name} (https://www.{host}/) is currently DOWN ({cause}).\n\n"
    "Monitor name: {name}\n"
    "Checked URL: https://www.{host}/\n"
    "Root cause: {cause}\n\n"
    "We will alert you when it is back up.\n\n"
    "Regards,\nUptimeRobot Team\n"
)


def test_a_bare_down_alert_with_a_5xx_is_critical() -> None:
    body = "\n\n" + _ALERT.format(
        name="Hillside shop", host="hillside-wool.co.uk", cause="HTTP 502 - Bad Gateway"
    )
    assert_mail_level("critical", "Fwd: Monitor is DOWN: Hillside shop", body)


def test_a_bare_down_alert_with_a_timeout_is_critical() -> None:
    body = "\n\n" + _ALERT.format(
        name="Bakkerij webshop", host="bakkerij-smit.nl", cause="Connection Timeout"
    )
    assert_mail_level("critical", "Doorst: Monitor is DOWN: Bakkerij webshop", body)


def test_see_below_over_a_down_alert_is_critical() -> None:
    body = "se under\n\n" + _ALERT.format(
        name="Turbutikken", host="turbutikken.no", cause="HTTP 500 - Internal Server Error"
    )
    assert_mail_level("critical", "Fwd: Monitor is DOWN: Turbutikken", body)


def test_the_up_alert_forwarded_for_the_record_is_low() -> None:
    body = (
        "for the record, it came back by itself after 3 minutes.\n\n"
        "---------- Forwarded message ---------\n"
        "From: UptimeRobot <alert@uptimerobot.com>\n"
        "Subject: Monitor is UP: Hillside shop\n\n"
        "The monitor Hillside shop (https://www.hillside-wool.co.uk/) is back UP (HTTP 200 - OK) "
        "(It was down for 3 minutes and 5 seconds).\n"
    )
    assert_mail_level("low", "Fwd: Monitor is UP: Hillside shop", body)


PARAPHRASES = [
    # the site named with its address in parentheses, in the customer's own words
    ("critical", "en", "Our shop (www.hillside-wool.co.uk) is completely down, every visitor "
                       "gets an error."),
    ("critical", "nl", "De webshop (www.bakkerij-smit.nl) ligt helemaal plat sinds tien uur."),
    ("critical", "de", "Der Shop (www.kaffee-roth.de) ist seit heute früh komplett down."),
    ("critical", "no", "Nettbutikken (www.turbutikken.no) er helt nede, ingen kommer inn."),
    # a root cause named by the agency after the outage: still over
    ("low", "en", "Thanks for the summary. The root cause was the full disk, and the site has "
                  "been fine since."),
]  # fmt: skip

NEAR_MISSES = [
    # a page of the site named with its address: not the site
    ("standard", "en", "The FAQ page (www.hillside-wool.co.uk/faq) shows the old opening hours "
                       "in the wrong font."),
    # the outage told as over, its cause asked for
    ("low", "en", "Yesterday the site was down for 20 minutes, it works again now. Could you "
                  "send us the root cause for our records?"),
    # a staging host in parentheses
    ("standard", "en", "The staging site (staging.hillside-wool.co.uk) is down again, no rush, "
                       "live is fine."),
    # a parenthesis that narrows the site to one shop or a test copy (review of 86c5838)
    ("standard", "en", "Our shop (only the Swiss one, the others work) is down."),
    ("low", "en", "The test shop (our staging copy) is offline, no rush at all."),
    ("standard", "de", "Unser Shop (nur der Schweizer, die anderen laufen) ist offline."),
    ("standard", "no", "Nettbutikken (bare den svenske, de andre virker) er nede."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
