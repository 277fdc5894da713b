"""Config section owned by classifiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict


class ClassifierConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Extra rule files (TOML) loaded after the shipped ones; a rule with the same id overrides.
    rule_files: list[Path] = []
    # Inline rules, same shape as in a rule file.
    rules: list[dict[str, Any]] = []
    # Message-ID domains of our own outgoing mail (its bounces and loops are automated).
    own_message_id_domains: list[str] = []
