"""/healthz's judgement: ok, degraded (with every problem named in a line), or error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.health import health_report, unavailable_report
from storage.queue import Backlog

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
QUIET = Backlog(ready=0, running=0, dead=0, oldest_ready_at=None)


def test_nothing_wrong_is_ok_with_an_empty_problem_list() -> None:
    status, body = health_report(QUIET, {"smtp": {"listening": "127.0.0.1:8025"}}, NOW)
    assert status == 200
    assert body["status"] == "ok" and body["problems"] == []
    assert body["sources"] == {"smtp": {"listening": "127.0.0.1:8025"}}


def test_dead_jobs_degrade_and_say_how_to_replay_them() -> None:
    status, body = health_report(Backlog(0, 0, 3, None), {}, NOW)
    assert status == 200 and body["status"] == "degraded"
    assert body["problems"] == [
        "3 dead job(s): see `frontdesk jobs --state dead`, replay with `frontdesk jobs retry ID`"
    ]


def test_a_queue_nobody_works_on_for_five_minutes_is_named() -> None:
    waiting = Backlog(ready=40, running=0, dead=0, oldest_ready_at=NOW - timedelta(minutes=7))
    _, body = health_report(waiting, {}, NOW)
    assert body["problems"] == ["the oldest queued job has waited 420 s for a worker"]
    assert body["queue"]["oldest_ready_s"] == 420.0


def test_a_short_backlog_is_not_a_problem() -> None:
    busy = Backlog(ready=40, running=2, dead=0, oldest_ready_at=NOW - timedelta(seconds=20))
    _, body = health_report(busy, {}, NOW)
    assert body["status"] == "ok"


def test_a_retrying_mailbox_is_named_with_its_last_error_a_connected_one_is_not() -> None:
    imap = [
        {
            "mailbox": "support@imap.example.net:993/INBOX",
            "state": "retrying",
            "since": "2026-11-24T02:41:00+00:00",
            "last_error": "imap account support: login refused",
        },
        {"mailbox": "sales@imap.example.net:993/INBOX", "state": "connected"},
    ]
    _, body = health_report(QUIET, {"imap": imap}, NOW)
    assert body["problems"] == [
        "imap support@imap.example.net:993/INBOX: not connected since "
        "2026-11-24T02:41:00+00:00: imap account support: login refused"
    ]


def test_an_unreachable_database_is_503() -> None:
    status, body = unavailable_report({}, "connection refused")
    assert status == 503
    assert body["status"] == "error" and body["db"] == "unavailable"
    assert body["problems"] == ["database unavailable: connection refused"]


def _processes(alive: int, **children: str | None) -> dict[str, object]:
    return {
        "mode": "processes",
        "processes": len(children),
        "threads": 2,
        "alive": alive,
        "restarts": 3,
        "housekeeping": "worker-0",
        "children": [
            {"name": name.replace("_", "-"), "alive": exit is None, "last_exit": exit}
            for name, exit in children.items()
        ],
    }


def test_no_worker_process_alive_degrades_and_names_how_they_ended() -> None:
    workers = _processes(0, worker_0="killed by SIGKILL", worker_1="exited with status 70")
    status, body = health_report(QUIET, {}, NOW, workers)
    assert status == 200 and body["status"] == "degraded"
    assert body["problems"] == [
        "no worker process is alive (0 of 2, 3 restart(s); last exits: worker-0 killed by "
        "SIGKILL, worker-1 exited with status 70): mail is taken in but not filed"
    ]
    assert body["workers"] == workers


def test_one_worker_process_alive_is_ok_and_shown() -> None:
    workers = _processes(1, worker_0="killed by SIGKILL", worker_1=None)
    _, body = health_report(QUIET, {}, NOW, workers)
    assert body["status"] == "ok" and body["workers"]["alive"] == 1


def test_worker_threads_are_shown_and_none_alive_is_named() -> None:
    _, body = health_report(QUIET, {}, NOW, {"mode": "threads", "threads": 2, "alive": 0})
    assert body["problems"] == [
        "no worker thread is alive (0 of 2): mail is taken in but not filed"
    ]
    status, body = unavailable_report({}, "refused", _processes(0, worker_0="killed by SIGKILL"))
    assert status == 503 and len(body["problems"]) == 2 and body["workers"]["alive"] == 0
