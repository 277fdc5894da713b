"""The poller's decisions, as pure functions: what to fetch, what to do afterwards."""

from __future__ import annotations

from ingest.imap_state import (
    Action,
    FolderCursor,
    Outcome,
    action_after,
    advance,
    advisory_lock_key,
    backoff_s,
    plan_fetch,
    uids_to_fetch,
)


def test_first_start_scans_unseen_when_success_means_seen() -> None:
    plan = plan_fetch(None, 77, 10, on_success="seen")
    assert plan.rescan and plan.criteria == ("UNSEEN",)
    assert plan.cursor == FolderCursor(77, 0)


def test_first_start_scans_everything_when_handled_mail_is_moved_away() -> None:
    assert plan_fetch(None, 77, 10, on_success="move").criteria == ("ALL",)


def test_same_uidvalidity_fetches_only_above_last_uid() -> None:
    plan = plan_fetch(FolderCursor(77, 41), 77, 50, on_success="seen")
    assert not plan.rescan
    assert plan.criteria == ("UID", "42:*")
    assert not plan.nothing_new


def test_uidnext_right_after_last_uid_means_nothing_new() -> None:
    assert plan_fetch(FolderCursor(77, 41), 77, 42, on_success="seen").nothing_new


def test_uidvalidity_change_rescans_with_a_fresh_cursor_keeping_failures() -> None:
    failed = ({"uid": 3, "error": "x", "at": "t"},)
    plan = plan_fetch(FolderCursor(77, 41, failed), 78, 5, on_success="seen")
    assert plan.rescan
    assert plan.cursor == FolderCursor(78, 0, failed)
    assert "77 -> 78" in plan.reason


def test_star_range_result_below_last_uid_is_dropped() -> None:
    # "42:*" on a folder whose highest UID is 41 returns 41 (RFC 3501): not new.
    plan = plan_fetch(FolderCursor(77, 41), 77, None, on_success="seen")
    assert uids_to_fetch([41], plan) == []
    assert uids_to_fetch([44, 42, 41, 42], plan) == [42, 44]


def test_committed_message_is_flagged_or_moved_by_config() -> None:
    kw = {"processed_folder": "Done", "on_failure": "leave", "failed_folder": "Failed"}
    assert action_after(Outcome("accepted"), on_success="seen", **kw) == Action("seen")
    assert action_after(Outcome("duplicate"), on_success="move", **kw) == Action("move", "Done")


def test_failed_message_is_left_or_moved_to_failed_folder() -> None:
    kw = {"on_success": "seen", "processed_folder": "Done", "failed_folder": "Failed"}
    assert action_after(Outcome("failed", "boom"), on_failure="leave", **kw) == Action("leave")
    assert action_after(Outcome("failed", "boom"), on_failure="move", **kw) == Action(
        "move", "Failed"
    )


def test_failure_is_recorded_and_passed_so_it_never_blocks_later_mail() -> None:
    cursor = advance(FolderCursor(1, 4), 5, Outcome("failed", "bad bytes"), at="now")
    assert cursor.last_uid == 5
    assert cursor.failed == ({"uid": 5, "error": "bad bytes", "at": "now"},)
    cursor = advance(cursor, 6, Outcome("accepted"), at="now")
    assert cursor.last_uid == 6 and len(cursor.failed) == 1


def test_cursor_round_trips_through_json() -> None:
    cursor = FolderCursor(9, 12, ({"uid": 1, "error": "e", "at": "t"},))
    assert FolderCursor.from_json(cursor.to_json()) == cursor
    assert FolderCursor.from_json({}) is None


def test_reconnect_backoff_doubles_up_to_a_minute() -> None:
    assert [backoff_s(n) for n in (1, 2, 3, 7, 20)] == [1.0, 2.0, 4.0, 60.0, 60.0]


def test_advisory_lock_key_is_stable_signed_64_bit() -> None:
    key = advisory_lock_key("support@imap.example:993/INBOX")
    assert key == advisory_lock_key("support@imap.example:993/INBOX")
    assert -(2**63) <= key < 2**63
    assert key != advisory_lock_key("support@imap.example:993/Sales")


def test_messages_over_the_size_limit_are_named_with_their_size() -> None:
    from ingest.imap_state import oversize

    assert oversize({1: 100, 2: 5_000, 3: 4_096}, 4_096) == {
        2: "message of 5000 bytes is over imap max_message_size (4096)"
    }
