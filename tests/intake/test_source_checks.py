"""`frontdesk check-config` finds source problems before `serve` meets them (or, for an
IMAP account, before the first login hours later)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from frontdesk.config import Settings
from ingest.checks import check_ingest


def _settings(**sections: Any) -> Settings:
    return Settings.model_validate(sections)


def _account(**overrides: Any) -> dict[str, Any]:
    account = {"name": "support", "host": "imap.example.net", "username": "support"}
    account.update(overrides)
    return account


def test_embedded_default_has_no_source_problems() -> None:
    assert check_ingest(_settings()) == []


def test_smtp_certificate_that_does_not_exist_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "cert.pem"
    key = tmp_path / "key.pem"
    key.write_text("not a key")
    problems = check_ingest(_settings(smtp={"tls_cert": str(missing), "tls_key": str(key)}))
    assert problems == [f"smtp.tls_cert: {missing} does not exist"]


def test_smtp_certificate_that_cannot_be_loaded_is_one_line(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\ngarbage\n")
    key.write_text("garbage")
    problems = check_ingest(_settings(smtp={"tls_cert": str(cert), "tls_key": str(key)}))
    assert len(problems) == 1
    assert problems[0].startswith(f"smtp.tls_cert/tls_key: cannot load {cert}")
    assert "\n" not in problems[0]


def test_smtp_auth_without_users_file_or_tls_is_refused(tmp_path: Path) -> None:
    assert check_ingest(_settings(smtp={"auth_required": True})) == [
        "smtp.auth_required: set, but smtp.auth_users_file is not"
    ]
    users = tmp_path / "users"
    users.write_text("alice:{PLAIN}secret\n")
    problems = check_ingest(_settings(smtp={"auth_required": True, "auth_users_file": str(users)}))
    assert len(problems) == 1 and "AUTH is offered only over TLS" in problems[0]


def test_smtp_users_file_with_a_bad_line_names_file_and_line(tmp_path: Path) -> None:
    users = tmp_path / "users"
    users.write_text("alice:{PLAIN}secret\nbob\n")
    problems = check_ingest(_settings(smtp={"auth_users_file": str(users)}))
    assert problems == [f"smtp.auth_users_file: {users}:2: expected user:password"]


def test_require_starttls_without_a_certificate_is_refused() -> None:
    assert check_ingest(_settings(smtp={"require_starttls": True})) == [
        "smtp.require_starttls: set, but smtp.tls_cert/tls_key are not"
    ]


def test_imap_account_without_any_credential_is_named() -> None:
    problems = check_ingest(_settings(imap={"accounts": [_account()]}))
    assert problems == [
        "imap.accounts[0] (support): set password, password_file or oauth2_token_command"
    ]


def test_imap_password_file_and_ca_file_that_are_missing_are_named(tmp_path: Path) -> None:
    account = _account(password_file=str(tmp_path / "pw"), tls_ca_file=str(tmp_path / "ca.pem"))
    problems = check_ingest(_settings(imap={"accounts": [account]}))
    assert problems == [
        f"imap.accounts[0] (support).password_file: {tmp_path / 'pw'} does not exist",
        f"imap.accounts[0] (support).tls_ca_file: {tmp_path / 'ca.pem'} does not exist",
    ]


def test_imap_ca_file_without_tls_and_plaintext_to_a_remote_host(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    account = _account(password="pw", security="none", tls_ca_file=str(ca))
    problems = check_ingest(_settings(imap={"accounts": [account]}))
    assert problems == [
        "imap.accounts[0] (support).tls_ca_file: set, but security is 'none' (no TLS)",
        "imap.accounts[0] (support).security: 'none' sends the password in clear text to "
        "imap.example.net (use tls or starttls)",
    ]


def test_imap_plaintext_on_loopback_is_fine() -> None:
    account = _account(password="pw", security="none", host="127.0.0.1", port=10143)
    assert check_ingest(_settings(imap={"accounts": [account]})) == []


def test_imap_token_command_that_is_not_an_executable_is_named() -> None:
    account = _account(oauth2_token_command="no-such-token-helper --account support")
    problems = check_ingest(_settings(imap={"accounts": [account]}))
    assert problems == [
        "imap.accounts[0] (support).oauth2_token_command: 'no-such-token-helper' is not an "
        "executable (the command runs without a shell)"
    ]


def test_imap_duplicate_account_names_and_two_credentials(tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text("secret\n")
    accounts = [
        _account(password="pw"),
        _account(password="pw", password_file=str(pw)),
    ]
    problems = check_ingest(_settings(imap={"accounts": accounts}))
    assert problems == [
        "imap.accounts[1] (support).name: duplicate account name 'support'",
        "imap.accounts[1] (support): set only one of password, password_file and "
        "oauth2_token_command",
    ]


def test_check_config_command_prints_source_problems_and_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "frontdesk.toml"
    config.write_text(
        "[smtp]\n"
        f'tls_cert = "{tmp_path / "missing.pem"}"\n'
        f'tls_key = "{tmp_path / "missing.key"}"\n'
        "[[imap.accounts]]\n"
        'name = "support"\nhost = "imap.example.net"\nusername = "support"\n'
        f'password_file = "{tmp_path / "pw"}"\n'
    )
    proc = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--config", str(config), "check-config"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")},
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert f"smtp.tls_cert: {tmp_path / 'missing.pem'} does not exist" in proc.stdout
    assert f"imap.accounts[0] (support).password_file: {tmp_path / 'pw'} does not exist" in (
        proc.stdout
    )
    # The secret's value is never printed, only where it should be.
    assert "secret" not in proc.stdout
