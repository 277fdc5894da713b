"""The log format `frontdesk serve` picks on its own (logging.format = "auto"): readable
lines on a terminal, one JSON object per line when stdout is a pipe or a file (journald,
a log shipper). Each case runs configure_logging in a fresh interpreter whose stdout is
a real pseudo-terminal or a real pipe; a password given as a log field must appear in
neither."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "hunter2-5f0c"

# As the daemon does it (configure_logging(settings.logging), default settings), then two
# lines that carry the password: as a field of its own, and inside a URL.
LOGS = f"""
import structlog
from frontdesk.config import LoggingConfig
from frontdesk.logging import configure_logging

configure_logging(LoggingConfig())
log = structlog.get_logger("frontdesk.imap")
log.info("imap login", user="support", password="{PASSWORD}")
log.warning("database unavailable", url="postgresql://fd:{PASSWORD}@db.example/fd")
"""

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run_on_a_terminal(code: str, timeout: float = 30.0) -> tuple[str, str]:
    """(what the child wrote to its terminal, its stderr)."""
    master, slave = pty.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=subprocess.PIPE,
        )
        os.close(slave)
        slave = -1
        output = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child has exited and closed the terminal
                break
            if not chunk:
                break
            output += chunk
        else:
            child.kill()
            raise AssertionError(f"the child still held its terminal after {timeout}s")
        _, stderr = child.communicate(timeout=timeout)
        assert child.returncode == 0, stderr.decode()
        return output.decode(), stderr.decode()
    finally:
        os.close(master)
        if slave != -1:
            os.close(slave)


def test_on_a_terminal_the_log_is_readable_lines_and_the_password_is_masked() -> None:
    output, stderr = run_on_a_terminal(LOGS)
    lines = [ANSI.sub("", line) for line in output.splitlines() if line]
    assert len(lines) == 2, output
    # timestamp [level] event, then key=value pairs: for a person, not for a parser
    stamp = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z"
    assert re.fullmatch(rf"{stamp} \[info\s*\] imap login\s+password=\*\*\* user=support", lines[0])
    assert re.fullmatch(
        rf"{stamp} \[warning\s*\] database unavailable\s+url=postgresql://fd:\*\*\*@db\.example/fd",
        lines[1],
    )
    assert not any(line.startswith("{") for line in lines)
    assert PASSWORD not in output and PASSWORD not in stderr


def test_into_a_pipe_the_log_is_one_json_object_per_line_and_the_password_is_masked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOGS],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    first, second = (json.loads(line) for line in lines)
    assert first == {
        "event": "imap login",
        "user": "support",
        "password": "***",
        "level": "info",
        "timestamp": first["timestamp"],
    }
    assert second["event"] == "database unavailable" and second["level"] == "warning"
    assert second["url"] == "postgresql://fd:***@db.example/fd"
    assert PASSWORD not in done.stdout and PASSWORD not in done.stderr
