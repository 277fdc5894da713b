"""`frontdesk check-config` for the sources: what would otherwise fail only at start-up
(SMTP) or, worse, at the first login hours later (IMAP).

Each problem is one line naming the key and what is wrong. Files are checked for being
readable by this user; their contents (certificates, users) are loaded the same way the
daemon loads them, so a bad file is found here and not at 3 a.m.
"""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path
from typing import Any

from ingest.config import ImapAccount, SmtpConfig


def check_ingest(settings: Any) -> list[str]:
    problems = _smtp_problems(settings.smtp)
    seen: set[str] = set()
    for i, account in enumerate(settings.imap.accounts):
        where = f"imap.accounts[{i}] ({account.name})"
        if account.name in seen:
            problems.append(f"{where}.name: duplicate account name {account.name!r}")
        seen.add(account.name)
        problems += _imap_problems(where, account)
    return problems


def unreadable(path: Path | None) -> str | None:
    """Why `path` cannot be read as a file, or None (also when no path is set)."""
    if path is None:
        return None
    if not path.exists():
        return f"{path} does not exist"
    if not path.is_file():
        return f"{path} is not a file"
    if not os.access(path, os.R_OK):
        return f"{path} is not readable by this user"
    return None


def _smtp_problems(smtp: SmtpConfig) -> list[str]:
    if not smtp.enabled:
        return []
    from ingest.smtp import smtp_security

    problems = smtp_security(smtp).problems
    if (
        smtp.auth_required
        and smtp.tls_cert is None
        and not smtp.auth_allow_plaintext
        and smtp.auth_users_file is not None
    ):
        # AUTH is offered only over TLS, so without TLS nobody could ever send.
        problems.append(
            "smtp.auth_required: AUTH is offered only over TLS and smtp.tls_cert is not set "
            "(set it, or auth_allow_plaintext on a loopback-only listener)"
        )
    return problems


def _imap_problems(where: str, account: ImapAccount) -> list[str]:
    problems: list[str] = []
    ways = [
        account.password is not None,
        account.password_file is not None,
        account.oauth2_token_command is not None,
    ]
    if not any(ways):
        problems.append(f"{where}: set password, password_file or oauth2_token_command")
    elif sum(ways) > 1:
        problems.append(
            f"{where}: set only one of password, password_file and oauth2_token_command"
        )
    if account.password_file is not None:
        why = unreadable(account.password_file)
        if why:
            problems.append(f"{where}.password_file: {why}")
    if account.tls_ca_file is not None:
        if account.security == "none":
            problems.append(f"{where}.tls_ca_file: set, but security is 'none' (no TLS)")
        why = unreadable(account.tls_ca_file)
        if why:
            problems.append(f"{where}.tls_ca_file: {why}")
    if account.oauth2_token_command is not None:
        try:
            argv = shlex.split(account.oauth2_token_command)
        except ValueError as exc:
            problems.append(f"{where}.oauth2_token_command: cannot split it: {exc}")
        else:
            if not argv:
                problems.append(f"{where}.oauth2_token_command: empty")
            elif shutil.which(argv[0]) is None:
                problems.append(
                    f"{where}.oauth2_token_command: {argv[0]!r} is not an executable "
                    "(the command runs without a shell)"
                )
    if account.security == "none" and account.host not in ("127.0.0.1", "::1", "localhost"):
        problems.append(
            f"{where}.security: 'none' sends the password in clear text to {account.host} "
            "(use tls or starttls)"
        )
    if not account.folders:
        problems.append(f"{where}.folders: no folder to watch")
    return problems
