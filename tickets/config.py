"""Config sections owned by tickets: the agency, customers and contracts, threading."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import phonenumbers
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tickets.sla import SEVERITIES, SlaConfigError, parse_duration


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Validated here so `frontdesk check-config` names the key, instead of the desk failing later.
def _check_timezone(value: str | None) -> str | None:
    if value is not None:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
    return value


def _check_country(value: str | None) -> str | None:
    if value is not None:
        try:
            holidays.country_holidays(value)
        except NotImplementedError:
            raise ValueError(f"no holiday calendar for country {value!r}") from None
    return value


def _check_duration(value: str, what: str) -> str:
    try:
        parse_duration(value, what)
    except SlaConfigError as exc:
        raise ValueError(str(exc)) from None
    return value


class AgencyConfig(_Section):
    name: str = "Support"
    # Staff mail comes from these domains; a staff reply stops the response clock.
    domains: list[str] = []
    timezone: str = "Europe/Amsterdam"
    country: str = "NL"
    office_open: str = "08:30"
    office_close: str = "18:00"
    support_address: str = "support@localhost"

    _tz = field_validator("timezone")(_check_timezone)
    _country = field_validator("country")(_check_country)

    @field_validator("office_open", "office_close")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError(f"{value!r} is not a time like 08:30")
        return value


class CustomerConfig(_Section):
    id: str
    name: str
    domains: list[str] = []
    addresses: list[str] = []
    phones: list[str] = []
    projects: list[str] = []
    support_package: bool = True
    after_hours_cover: bool = False
    timezone: str | None = None  # default: the agency's
    country: str | None = None  # holiday calendar; default: the agency's
    language: str = "en"
    # Where a voicemail caller's acknowledgement goes; default: the first of `addresses`.
    contact_email: str | None = None
    # Optional overrides per severity, e.g. {"critical": {"response": "30m", "fix": "8h"}}.
    # Durations: "90m", "2h", "3d" (d = working days on business clocks), "none" = no deadline.
    sla: dict[str, dict[str, str]] = {}

    _tz = field_validator("timezone")(_check_timezone)
    _country = field_validator("country")(_check_country)

    @model_validator(mode="after")
    def _phones(self) -> CustomerConfig:
        # Without a country of its own a local number is read in the agency's country
        # later (tickets.customers); here only what can be checked alone is checked.
        for raw in self.phones:
            if not (raw.strip().startswith("+") or self.country):
                if sum(ch.isdigit() for ch in raw) < 6:
                    raise ValueError(f"phones: {raw!r} is not a phone number")
                continue
            try:
                number = phonenumbers.parse(raw, self.country)
            except phonenumbers.NumberParseException:
                number = None
            if number is None or not phonenumbers.is_possible_number(number):
                raise ValueError(f"phones: {raw!r} is not a phone number")
        return self

    @field_validator("sla")
    @classmethod
    def _sla(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for severity, terms in value.items():
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r} (one of {', '.join(SEVERITIES)})")
            for key, duration in terms.items():
                if key == "clock":
                    if duration not in ("business", "calendar"):
                        raise ValueError(f"{severity}.clock must be business or calendar")
                elif key in ("response", "fix"):
                    _check_duration(duration, f"{severity}.{key}")
                else:
                    raise ValueError(f"{severity}: unknown key {key!r} (response, fix, clock)")
        return value


class TicketsConfig(_Section):
    subject_tag_prefix: str = "FD"
    thread_window_days: int = Field(14, ge=0)
    reopen_days: int = Field(14, ge=0)
    voicemail_join_minutes: int = Field(120, ge=0)
    ack_enabled: bool = True
    ack_min_interval_minutes: int = Field(10, ge=0)
    # A directory with ack_<lang>.txt files replacing the shipped templates (first line
    # "Subject: ...", then a blank line, then the body; $-placeholders, see tickets/ack.py).
    ack_templates_dir: str | None = None
    # Low severity is "per contract": these are the terms when a contract says nothing.
    low_response: str = "5d"
    low_fix: str = "none"

    @field_validator("low_response", "low_fix")
    @classmethod
    def _low(cls, value: str) -> str:
        return _check_duration(value, "low")
