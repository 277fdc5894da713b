"""Config sections owned by notify: outgoing mail relay, people, schedules, policies."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RelayConfig(_Section):
    """The SMTP relay for everything we send (acknowledgements, email pages)."""

    host: str = "127.0.0.1"
    port: int = Field(25, ge=1, le=65535)
    security: str = "none"  # none | starttls | tls
    username: str | None = None
    password: str | None = Field(None, repr=False)
    from_address: str = "support@localhost"
    timeout_s: float = Field(10.0, gt=0)


class NotifyConfig(_Section):
    """On-call: people, rotations, escalation policies, the paging matrix (see notify/)."""

    enabled: bool = True
