"""What the IMAP poller fetches and what it does afterwards: pure logic, no I/O.

A folder's position is its UIDVALIDITY and the highest UID already handled. UIDs only
grow within one UIDVALIDITY, so "everything above last_uid" is exactly the new mail;
when UIDVALIDITY changes the old UIDs mean nothing and the folder is rescanned
(re-accepting a message we already have is harmless: accept() deduplicates on sha256).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

MAX_FAILED_REMEMBERED = 100

OutcomeKind = Literal["accepted", "duplicate", "failed"]


@dataclass(frozen=True)
class FolderCursor:
    uidvalidity: int | None = None
    last_uid: int = 0
    # UIDs that failed at intake (newest last): recorded so an operator can find them.
    failed: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "uidvalidity": self.uidvalidity,
            "last_uid": self.last_uid,
            "failed": list(self.failed),
        }

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> FolderCursor | None:
        if not value or value.get("uidvalidity") is None:
            return None
        return cls(
            uidvalidity=int(value["uidvalidity"]),
            last_uid=int(value.get("last_uid", 0)),
            failed=tuple(value.get("failed", ())),
        )


@dataclass(frozen=True)
class FetchPlan:
    """Where to look: the cursor to continue from and the SEARCH criteria."""

    cursor: FolderCursor
    criteria: tuple[str, ...]
    rescan: bool
    reason: str
    # True when the server's UIDNEXT already says there is nothing above last_uid.
    nothing_new: bool = False


def plan_fetch(
    stored: FolderCursor | None,
    uidvalidity: int,
    uidnext: int | None,
    *,
    on_success: Literal["seen", "move"],
) -> FetchPlan:
    """Decide what to fetch from a folder given our stored position and the server's.

    - no stored position: first start on this folder: every message not yet handled
      (UNSEEN when success means \\Seen; everything when handled mail is moved away);
    - UIDVALIDITY changed: the same rescan, with a fresh cursor;
    - otherwise: UIDs above last_uid.
    """
    rescan_criteria = ("UNSEEN",) if on_success == "seen" else ("ALL",)
    if stored is None:
        return FetchPlan(FolderCursor(uidvalidity, 0), rescan_criteria, True, "first scan")
    if stored.uidvalidity != uidvalidity:
        return FetchPlan(
            FolderCursor(uidvalidity, 0, stored.failed),
            rescan_criteria,
            True,
            f"uidvalidity changed {stored.uidvalidity} -> {uidvalidity}",
        )
    nothing_new = uidnext is not None and uidnext <= stored.last_uid + 1
    return FetchPlan(stored, ("UID", f"{stored.last_uid + 1}:*"), False, "incremental", nothing_new)


def continue_plan(cursor: FolderCursor) -> FetchPlan:
    """After a first scan/rescan, later passes in the same session are incremental."""
    return FetchPlan(cursor, ("UID", f"{cursor.last_uid + 1}:*"), False, "incremental")


def uids_to_fetch(found: list[int], plan: FetchPlan) -> list[int]:
    """Sorted UIDs to fetch. `N:*` always matches the last message even when its UID is
    below N (RFC 3501 6.4.8), so incremental results are filtered to UIDs above last_uid."""
    if plan.rescan:
        return sorted(set(found))
    return sorted(uid for uid in set(found) if uid > plan.cursor.last_uid)


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    error: str | None = None


@dataclass(frozen=True)
class Action:
    """What to do to the message on the server after intake."""

    kind: Literal["seen", "move", "leave"]
    folder: str | None = None


def action_after(
    outcome: Outcome,
    *,
    on_success: Literal["seen", "move"],
    processed_folder: str,
    on_failure: Literal["leave", "move"],
    failed_folder: str,
) -> Action:
    """Only a committed message (accepted or already there) is marked handled."""
    if outcome.kind in ("accepted", "duplicate"):
        if on_success == "move":
            return Action("move", processed_folder)
        return Action("seen")
    if on_failure == "move":
        return Action("move", failed_folder)
    return Action("leave")


def oversize(sizes: dict[int, int], limit: int) -> dict[int, str]:
    """UIDs whose RFC822.SIZE is over the limit, each with the failure to record."""
    return {
        uid: f"message of {size} bytes is over imap max_message_size ({limit})"
        for uid, size in sizes.items()
        if size > limit
    }


def advance(
    cursor: FolderCursor, uid: int, outcome: Outcome, *, at: str, action: Action | None = None
) -> FolderCursor:
    """The position after handling `uid`. Failures are remembered (bounded) and passed:
    one bad message never blocks the ones after it. A failed message moved away is
    remembered with the folder it went to (its UID here no longer finds it)."""
    failed = cursor.failed
    if outcome.kind == "failed":
        entry: dict[str, Any] = {"uid": uid, "error": (outcome.error or "")[:500], "at": at}
        if action is not None and action.kind == "move":
            entry["moved_to"] = action.folder
        failed = (*failed, entry)[-MAX_FAILED_REMEMBERED:]
    return replace(cursor, last_uid=max(cursor.last_uid, uid), failed=failed)


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line of a command's output, for a one-line error."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def server_reply(text: str, limit: int = 300) -> str:
    """A server's NO/BAD text as imapclient reports it, on one line: imapclient sometimes
    hands over the repr of the bytes (`b'[AUTHENTICATIONFAILED] ...'`)."""
    text = " ".join(text.split())
    if len(text) >= 3 and text[0] == "b" and text[1] in "'\"" and text[-1] == text[1]:
        text = text[2:-1]
    return text[:limit]


def backoff_s(attempt: int, *, base_s: float = 1.0, cap_s: float = 60.0) -> float:
    """Reconnect delay after `attempt` consecutive failures: 1, 2, 4 ... 60 s."""
    return float(min(cap_s, base_s * (2 ** max(attempt - 1, 0))))


IDLE_MAX_S = 25 * 60
"""Re-issue IDLE before this: servers may drop an IDLE after 29 minutes (RFC 2177)."""


def cursor_name(account: str, folder: str) -> str:
    return f"imap:{account}/{folder}"


def advisory_lock_key(mailbox: str) -> int:
    """A signed 64-bit key for pg_try_advisory_lock, stable across processes and hosts."""
    digest = hashlib.sha256(mailbox.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
