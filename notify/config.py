"""Config sections owned by notify: outgoing mail relay, people, schedules, policies."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RelayConfig(_Section):
    """The SMTP relay for everything we send (acknowledgements, email pages)."""

    # No host: no relay is configured (the embedded default), and outgoing mail is written
    # to the log instead of being sent.
    host: str | None = None
    port: int = Field(25, ge=1, le=65535)
    security: str = "none"  # none | starttls | tls
    username: str | None = None
    password: str | None = Field(None, repr=False)
    from_address: str = "support@localhost"
    timeout_s: float = Field(10.0, gt=0)


# What the paging matrix can say for one cell.
PageAction = Literal["page", "office_hours", "none"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _check_hhmm(value: str) -> str:
    try:
        hh, mm = value.split(":")
        if not (0 <= int(hh) <= 23 and 0 <= int(mm) <= 59):
            raise ValueError
    except ValueError:
        raise ValueError(f"expected HH:MM, got {value!r}") from None
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


class PersonConfig(_Section):
    """Someone who can be paged, with channels tried in order (first that works wins).

    A channel is an apprise URL (json://, ntfys://, pover://, slack://, mailto://, ...)
    or "smtp:addr@example.com" (sent through [relay]) or "log:" (written to the log).
    """

    name: str
    channels: list[str] = []


class RotationConfig(_Section):
    """A rota: members take turns; each shift starts on the handoff weekday at handoff_time."""

    name: str
    members: list[str] = []
    handoff_weekday: str = "monday"
    handoff_time: str = "09:00"
    # Shift length: "7d", "1w", "2w", "1d" ...
    length: str = "1w"
    timezone: str = "Europe/Amsterdam"
    # Shifts are counted from the first handoff on/after this date (members[0] has it).
    start: date = date(2024, 1, 1)

    @field_validator("handoff_weekday")
    @classmethod
    def _weekday(cls, value: str) -> str:
        if value.lower() not in WEEKDAYS:
            raise ValueError(f"expected a weekday name like 'monday', got {value!r}")
        return value.lower()

    @field_validator("handoff_time")
    @classmethod
    def _time(cls, value: str) -> str:
        return _check_hhmm(value)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return _check_timezone(value)

    @field_validator("length")
    @classmethod
    def _length(cls, value: str) -> str:
        parse_length_days(value)
        return value

    @property
    def length_days(self) -> int:
        return parse_length_days(self.length)


def parse_length_days(value: str) -> int:
    """'7d' -> 7, '2w' -> 14; a bare number is days."""
    text = value.strip().lower()
    try:
        if text.endswith("w"):
            days = int(text[:-1]) * 7
        elif text.endswith("d"):
            days = int(text[:-1])
        else:
            days = int(text)
    except ValueError:
        raise ValueError(f"expected a length like '7d' or '1w', got {value!r}") from None
    if days < 1:
        raise ValueError(f"a shift lasts at least one day, got {value!r}")
    return days


class OverrideConfig(_Section):
    """Someone else covers a period. Dates are whole days (end inclusive) in the rotation's
    time zone; datetimes without an offset are in the rotation's time zone too.
    rotation=None covers every rotation."""

    person: str
    start: datetime | date
    end: datetime | date
    rotation: str | None = None


class StepConfig(_Section):
    """One escalation step: "rotation:NAME" (who is on call there) or "person:NAME";
    wait delay_minutes for an acknowledgement before the next step."""

    target: str
    delay_minutes: float = Field(5.0, ge=0)

    @field_validator("target")
    @classmethod
    def _target(cls, value: str) -> str:
        kind, _, name = value.partition(":")
        if kind not in ("rotation", "person") or not name:
            raise ValueError(f"expected 'rotation:NAME' or 'person:NAME', got {value!r}")
        return value


class PolicyConfig(_Section):
    """Escalation policy: the steps run in order, then `repeat` more rounds; when nobody has
    acknowledged by then, the policy is exhausted and `fallback` (a channel) is told."""

    name: str
    steps: list[StepConfig] = []
    repeat: int = Field(0, ge=0)
    fallback: str | None = None


class MatrixRow(_Section):
    """Per severity: what to do in/after office hours, with/without after-hours cover."""

    office_hours_cover: PageAction = "office_hours"
    office_hours_no_cover: PageAction = "office_hours"
    after_hours_cover: PageAction = "office_hours"
    after_hours_no_cover: PageAction = "office_hours"


def default_matrix() -> dict[str, MatrixRow]:
    # From the seeds: after hours only a critical failure may wake someone, and only when
    # the contract has after-hours cover; everything else waits for the next working
    # morning. In office hours critical and urgent page; standard and low are a plain
    # notification to whoever is on call (no escalation).
    return {
        "critical": MatrixRow(
            office_hours_cover="page",
            office_hours_no_cover="page",
            after_hours_cover="page",
            after_hours_no_cover="office_hours",
        ),
        "urgent": MatrixRow(office_hours_cover="page", office_hours_no_cover="page"),
        "standard": MatrixRow(),
        "low": MatrixRow(),
    }


class NotifyConfig(_Section):
    """On-call: people, rotations, escalation policies, the paging matrix (see notify/)."""

    enabled: bool = True
    people: list[PersonConfig] = []
    rotations: list[RotationConfig] = []
    overrides: list[OverrideConfig] = []
    policies: list[PolicyConfig] = []
    # The policy pages use; default: the first one (or, with none configured, every
    # rotation's on-call person in turn, each waiting 5 minutes).
    policy: str | None = None
    matrix: dict[str, MatrixRow] = Field(default_factory=default_matrix)
    # A voicemail whose transcript is uncertain or failed counts as possibly critical.
    uncertain_is_critical: bool = True
    # Further messages from the same customer while a page is open fold into it.
    flood_window_minutes: float = Field(30.0, ge=0)
    # Delivery: attempts per channel before the next channel, and the backoff between.
    # Pages must reach someone fast, so they move on to the next channel quickly.
    attempts_per_channel: int = Field(2, ge=1)
    retry_backoff_s: float = Field(5.0, ge=0)
    # Mail that must arrive eventually (customer acknowledgements, the "nobody
    # acknowledged" fallback) rides out a relay outage: more attempts, longer backoff.
    mail_max_attempts: int = Field(10, ge=1)
    mail_retry_backoff_s: float = Field(30.0, ge=0)
    # SLA warnings go out at this fraction of the response/fix time, and at the breach.
    sla_warning_fraction: float = Field(0.8, gt=0, lt=1)
    sla_warnings: bool = True
    # How often open tickets are scanned for SLA checkpoints (warnings need no more).
    sla_check_interval_s: float = Field(15.0, gt=0)
    # Where "no channel configured" pages go: the log, so nothing is silently lost.
    default_channel: str = "log:"
    # Case numbers in page text: f"{case_prefix}-{number}" (tickets.subject_tag_prefix).
    case_prefix: str = "FD"
