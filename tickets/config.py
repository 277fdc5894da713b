"""Config sections owned by tickets: the agency, customers and contracts, threading."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AgencyConfig(_Section):
    name: str = "Support"
    # Staff mail comes from these domains; a staff reply stops the response clock.
    domains: list[str] = []
    timezone: str = "Europe/Amsterdam"
    country: str = "NL"
    office_open: str = "08:30"
    office_close: str = "18:00"
    support_address: str = "support@localhost"


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
