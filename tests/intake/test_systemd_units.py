"""The unit files in deploy/systemd/ pass `systemd-analyze verify` without a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNITS = Path(__file__).resolve().parents[2] / "deploy" / "systemd"
FRONTDESK = str(Path(sys.executable).parent / "frontdesk")


def test_unit_files_verify_cleanly_with_systemd_analyze(tmp_path: Path) -> None:
    # verify checks that ExecStart= exists: point it at this checkout's console script.
    for unit in ("frontdesk.service", "frontdesk.socket", "frontdesk-http.socket"):
        text = (UNITS / unit).read_text()
        (tmp_path / unit).write_text(text.replace("/opt/frontdesk/.venv/bin/frontdesk", FRONTDESK))
    done = subprocess.run(
        ["systemd-analyze", "verify", *(str(p) for p in sorted(tmp_path.iterdir()))],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Unknown or misspelt directives are only warnings: there must be none.
    assert done.stderr.strip() == "", done.stderr


def test_service_is_notify_type_with_watchdog_and_hardening() -> None:
    service = (UNITS / "frontdesk.service").read_text()
    for line in (
        "Type=notify", "WatchdogSec=", "DynamicUser=yes", "StateDirectory=frontdesk",
        "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "NoNewPrivileges=yes",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "SystemCallFilter=@system-service",
        "ExecReload=/bin/kill -HUP $MAINPID",
    ):  # fmt: skip
        assert line in service
    socket_unit = (UNITS / "frontdesk.socket").read_text()
    assert "ListenStream=25" in socket_unit
    assert "FileDescriptorName=smtp" in socket_unit
