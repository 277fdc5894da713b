"""Config section owned by classifiers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from classifiers.rules import RuleSet


class ClassifierConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Extra rule files (TOML) loaded after the shipped ones; a rule with the same id overrides.
    rule_files: list[Path] = []
    # Inline rules, same shape as in a rule file.
    rules: list[dict[str, Any]] = []
    # Domains Frontdesk makes the Message-IDs of the mail it sends at, besides the domain of
    # [relay] from_address, which always counts: list an earlier from address's domain, or
    # another Frontdesk host's that shares the mailbox. Mail coming back with one of OUR
    # Message-IDs at these domains (a BCC'd or looped acknowledgement) is ignored as "our
    # own message": one in the form Frontdesk writes (`<frontdesk.…@domain>`, see
    # storage/message_ids.py), or one the database holds as sent by us. Any other
    # Message-ID at these domains is a person's (a staff reply from Thunderbird or Outlook
    # at agency.example) and is filed as usual. (Earlier versions took every Message-ID
    # at these domains for ours, and so ignored staff replies; a list set then still works.)
    own_message_id_domains: list[str] = []
    # Compiled rules are kept on disk (classifiers/rule_cache.py): a worker process, a
    # restart or `frontdesk classify` then loads them in 0.3 s instead of compiling for 1 s.
    # Where: this folder; empty: systemd's $CACHE_DIRECTORY, else $XDG_CACHE_HOME/frontdesk,
    # else ~/.cache/frontdesk. `compiled_cache = false` compiles in every process.
    compiled_cache: bool = True
    compiled_cache_dir: Path | None = None

    def compiled_cache_path(self) -> Path | None:
        """Where compiled rules are kept, or None (not kept)."""
        from classifiers.rule_cache import default_directory

        if not self.compiled_cache:
            return None
        return self.compiled_cache_dir or default_directory()

    def load_rules(self) -> RuleSet:
        """The shipped rules, then `rule_files`, then the inline `rules`: compiled, or read
        back from the compiled-rules cache. Raises RuleFileError (one line) on a bad rule."""
        from classifiers.rules import load_rules

        return load_rules(self.rule_files, self.rules, self.compiled_cache_path())
