"""The values the classifier takes and gives: plain frozen dataclasses, no behaviour beyond JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEVELS: tuple[str, ...] = ("critical", "urgent", "standard", "low")
LANGUAGES: tuple[str, ...] = ("en", "nl", "de", "no")
FIELDS: tuple[str, ...] = ("subject", "body", "transcript")


@dataclass(frozen=True)
class MessageText:
    subject: str = ""
    # Plain text of the email body (HTML already converted to text by ingest).
    body: str = ""
    # new_text(body), when the caller has it already (the pipeline keeps it as the ticket's
    # description): spares a second pass over a long body. None: classify() finds it.
    body_new_text: str | None = None
    # Voicemail transcript, if any.
    transcript: str | None = None
    # A hint (mailbox / voicemail box language); may be None.
    language: str | None = None
    # The speech recogniser was unsure: fuzzy matches count for less.
    from_transcript_uncertain: bool = False


@dataclass(frozen=True)
class FiredRule:
    id: str
    level: str
    field: str
    matched: str
    weight: float


@dataclass(frozen=True)
class SetAside:
    """A rule match a reading step forgot: `rule` as it fired, `step` the short name of the
    reading ("supposed", "past", "over", ...: its module in classifiers/steps/, or the
    engine's "subject", "receipt", "language"), `function` the function that forgot it."""

    rule: FiredRule
    step: str
    function: str


@dataclass(frozen=True)
class Classification:
    severity: str
    language: str | None
    rules: tuple[FiredRule, ...]
    # Only from `classify(..., explain=True)`; None when not asked (not "nothing set aside").
    set_aside: tuple[SetAside, ...] | None = None
    reason: str | None = None

    def as_json(self, automated: str | None = None) -> dict[str, Any]:
        """The `frontdesk classify --json` shape (CLI contract; keys are never removed)."""
        return {
            "severity": self.severity,
            "language": self.language,
            "automated": automated is not None,
            "automated_reason": automated,
            "rules": [_rule_json(r) for r in self.rules],
            # added keys (null: classify() was not asked to explain)
            "set_aside": None
            if self.set_aside is None
            else [
                {**_rule_json(s.rule), "step": s.step, "function": s.function}
                for s in self.set_aside
            ],
            "reason": self.reason,
        }


def _rule_json(r: FiredRule) -> dict[str, Any]:
    """A rule that fired, as `frontdesk classify --json` prints it."""
    return {
        "id": r.id,
        "matched": r.matched,
        "level": r.level,
        "field": r.field,
        "weight": r.weight,
    }
