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
    # Optional overrides, e.g. {"critical": {"response": "30m", "fix": "8h"}}
    sla: dict[str, dict[str, str]] = {}


class TicketsConfig(_Section):
    subject_tag_prefix: str = "FD"
    thread_window_days: int = Field(14, ge=0)
    reopen_days: int = Field(14, ge=0)
    voicemail_join_minutes: int = Field(120, ge=0)
    ack_enabled: bool = True
    ack_min_interval_minutes: int = Field(10, ge=0)
