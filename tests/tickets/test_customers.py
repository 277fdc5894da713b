"""Customer directory: address, then domain (and subdomain), then phone; unknown = no package."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tickets.config import AgencyConfig, CustomerConfig
from tickets.customers import CustomerConfigError, CustomerDirectory

AGENCY = AgencyConfig(domains=["agency.example"], timezone="Europe/Amsterdam", country="NL")
CUSTOMERS = [
    CustomerConfig(
        id="bakkerij",
        name="Bakkerij Jansen",
        domains=["bakkerij-jansen.nl"],
        addresses=["Owner@Gmail.com"],
        phones=["0497 84 26 11"],
        language="nl",
    ),
    CustomerConfig(
        id="fjord",
        name="Fjord Reiser AS",
        domains=["fjord.no"],
        phones=["+47 22 12 34 56"],
        timezone="Europe/Oslo",
        country="NO",
        language="no",
        after_hours_cover=True,
    ),
    CustomerConfig(id="shop", name="Shop subsidiary", domains=["shop.fjord.no"]),
]


@pytest.fixture
def directory() -> CustomerDirectory:
    return CustomerDirectory(AGENCY, CUSTOMERS)


def test_exact_address_wins_over_free_mail_domain(directory: CustomerDirectory) -> None:
    contract = directory.match(email="Jan Jansen <owner@gmail.com>")
    assert contract.customer_id == "bakkerij"
    assert contract.contact_email == "owner@gmail.com"


def test_domain_and_subdomain_match_most_specific_first(directory: CustomerDirectory) -> None:
    assert directory.match(email="ola@fjord.no").customer_id == "fjord"
    assert directory.match(email="ola@mail.fjord.no").customer_id == "fjord"
    assert directory.match(email="kari@shop.fjord.no").customer_id == "shop"
    assert directory.match(email="x@notfjord.no").customer_id is None


def test_phone_number_in_local_format_matches_e164_caller_id(
    directory: CustomerDirectory,
) -> None:
    assert directory.match(phone="+31497842611").customer_id == "bakkerij"
    assert directory.match(phone="+4722123456").customer_id == "fjord"


def test_norwegian_customer_gets_oslo_calendar_and_cover(directory: CustomerDirectory) -> None:
    contract = directory.match(email="ola@fjord.no")
    assert contract.calendar.timezone == "Europe/Oslo"
    assert contract.calendar.country == "NO"
    assert contract.after_hours_cover


def test_unknown_sender_gets_no_package_terms_on_agency_calendar(
    directory: CustomerDirectory,
) -> None:
    contract = directory.match(email="stranger@example.org", phone="+4930123456")
    assert contract.customer_id is None
    assert not contract.has_package
    assert not contract.after_hours_cover
    assert contract.calendar.timezone == "Europe/Amsterdam"


def test_staff_addresses_are_recognised_by_agency_domain(directory: CustomerDirectory) -> None:
    assert directory.is_staff("eva@agency.example")
    assert directory.is_staff("eva@support.agency.example")
    assert not directory.is_staff("eva@agency.example.evil.com")


def test_bad_phone_in_config_is_refused_at_load_or_by_the_directory() -> None:
    with pytest.raises(ValidationError, match="is not a phone number"):
        CustomerConfig(id="x", name="X", phones=["call me"])
    # A local number is only read in the agency's country by the directory.
    too_long = CustomerConfig(id="x", name="X", phones=["12-34-56-78-90-12-34"])
    with pytest.raises(CustomerConfigError, match=r"customers\[x\]: phones"):
        CustomerDirectory(AGENCY, [too_long])
