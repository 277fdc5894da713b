"""Who wrote or called: customers and their contracts, built from config.

Matching order: exact address, then domain (a subdomain matches its parent; the most
specific domain wins), then phone number (E.164). An unknown sender gets the no-package
terms on the agency's calendar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import lru_cache

import phonenumbers

from tickets.calendar import BusinessCalendar
from tickets.config import AgencyConfig, CustomerConfig


class CustomerConfigError(ValueError):
    """A customer entry cannot be used (bad phone number, calendar): one line."""


@dataclass(frozen=True)
class Contract:
    """A customer (or the unknown sender) and what the agency promised them."""

    customer_id: str | None
    name: str
    has_package: bool
    after_hours_cover: bool
    calendar: BusinessCalendar
    language: str | None
    contact_email: str | None = None
    projects: tuple[str, ...] = ()
    sla_overrides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.customer_id is not None


def normalise_email(value: str | None) -> str | None:
    if not value:
        return None
    return _normalised_address(value)


# Filing one message asks this of the same sender about seven times (customer match, staff
# check, thread and ack lookups); the stdlib's address parser costs about 50 µs a call.
@lru_cache(maxsize=4096)
def _normalised_address(value: str) -> str | None:
    _, addr = parseaddr(value)
    addr = addr.strip().lower()
    return addr if "@" in addr else None


def email_domain(value: str | None) -> str | None:
    addr = normalise_email(value)
    return addr.rsplit("@", 1)[1] if addr else None


def normalise_phone(value: str | None, region: str | None = None) -> str | None:
    """E.164 (+31497842611) or None when it is not a phone number."""
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def domain_matches(domain: str, configured: str) -> bool:
    configured = configured.lower().lstrip(".")
    return domain == configured or domain.endswith("." + configured)


class CustomerDirectory:
    def __init__(self, agency: AgencyConfig, customers: Sequence[CustomerConfig]) -> None:
        self.agency = agency
        self.agency_calendar = BusinessCalendar(
            agency.timezone, agency.country, agency.office_open, agency.office_close
        )
        self.contracts: dict[str, Contract] = {}
        self._by_address: dict[str, str] = {}
        self._domains: list[tuple[str, str]] = []
        self._by_phone: dict[str, str] = {}
        for customer in customers:
            self._add(customer)
        # Most specific domain first: shop.example.com before example.com.
        self._domains.sort(key=lambda item: -len(item[0]))

    def _add(self, customer: CustomerConfig) -> None:
        where = f"customers[{customer.id}]"
        country = customer.country or self.agency.country
        try:
            calendar = BusinessCalendar(
                customer.timezone or self.agency.timezone,
                country,
                self.agency.office_open,
                self.agency.office_close,
            )
        except ValueError as exc:
            raise CustomerConfigError(f"{where}: {exc}") from None
        addresses = [a for a in (normalise_email(x) for x in customer.addresses) if a]
        contact = normalise_email(customer.contact_email) or (addresses[0] if addresses else None)
        self.contracts[customer.id] = Contract(
            customer_id=customer.id,
            name=customer.name,
            has_package=customer.support_package,
            after_hours_cover=customer.after_hours_cover,
            calendar=calendar,
            language=customer.language,
            contact_email=contact,
            projects=tuple(customer.projects),
            sla_overrides=customer.sla,
        )
        for addr in addresses:
            self._by_address[addr] = customer.id
        for domain in customer.domains:
            self._domains.append((domain.lower().lstrip("."), customer.id))
        for raw in customer.phones:
            phone = normalise_phone(raw, country)
            if phone is None:
                raise CustomerConfigError(f"{where}: phones: {raw!r} is not a phone number")
            self._by_phone[phone] = customer.id

    def unknown(self) -> Contract:
        return Contract(
            customer_id=None,
            name="unknown",
            has_package=False,
            after_hours_cover=False,
            calendar=self.agency_calendar,
            language=None,
        )

    def get(self, customer_id: str | None) -> Contract:
        if customer_id and customer_id in self.contracts:
            return self.contracts[customer_id]
        return self.unknown()

    def match(self, email: str | None = None, phone: str | None = None) -> Contract:
        addr = normalise_email(email)
        if addr:
            if addr in self._by_address:
                return self.contracts[self._by_address[addr]]
            domain = addr.rsplit("@", 1)[1]
            for configured, customer_id in self._domains:
                if domain_matches(domain, configured):
                    return self.contracts[customer_id]
        number = normalise_phone(phone, self.agency.country)
        if number and number in self._by_phone:
            return self.contracts[self._by_phone[number]]
        return self.unknown()

    def is_staff(self, email: str | None) -> bool:
        domain = email_domain(email)
        return bool(domain) and any(domain_matches(domain, d) for d in self.agency.domains)  # type: ignore[arg-type]
