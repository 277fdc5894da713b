"""Config sections owned by ingest: the three sources and transcription."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SmtpConfig(_Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8025, ge=0, le=65535)
    hostname: str | None = None
    # Recipients we accept; anything else is refused with 550 (never an open relay).
    # Empty lists mean "support@<hostname>" and "support@localhost" only.
    support_addresses: list[str] = []
    support_domains: list[str] = []
    max_message_size: int = Field(25 * 1024 * 1024, gt=0)
    max_sessions: int = Field(100, gt=0)
    # Postfix's smtpd_client_connection_count_limit (50 there too): one client address may hold
    # this many sessions at once; more get 421 at the greeting, so one host cannot take every
    # slot of max_sessions. 0: no limit. Addresses in session_limit_exceptions (CIDR networks;
    # Postfix exempts $mynetworks, loopback by default) are not counted.
    max_sessions_per_client: int = Field(50, ge=0)
    session_limit_exceptions: list[str] = ["127.0.0.0/8", "::1/128"]
    # Inflow control (Postfix's in_flow_delay): while more than in_flow_backlog jobs wait
    # for the pipeline, a new message waits at MAIL FROM, at most in_flow_delay_s, then is
    # served anyway. Never a refusal; 0 turns it off. 30 jobs are about 0.3 s of pipeline on a
    # 2-core machine (README, "When the pipeline falls behind"), and still fill a batch claim.
    in_flow_backlog: int = Field(30, ge=0)
    in_flow_delay_s: float = Field(1.0, ge=0, le=60)
    # A session that ends no line (a command or a line of a message) this long gets 421 and is
    # closed (a deadline per line, as Postfix's smtpd_per_record_deadline).
    timeout_s: float = Field(60.0, gt=0)
    # Postfix's smtpd_junk_command_limit: a session may send this many NOOP, RSET, VRFY, EXPN,
    # HELP, HELO and EHLO commands without delivering a message; the next one is answered 421
    # and the connection closed, so a client that never stays silent for timeout_s still
    # cannot hold one of max_sessions forever. A delivered message starts the count again
    # (as in Postfix). 0: no limit.
    junk_command_limit: int = Field(100, ge=0)
    # Postfix's smtpd_hard_error_limit: after this many error replies (4xx/5xx: syntax errors,
    # unknown or out-of-order commands, refused recipients, failed AUTH; not our own 451 for a
    # database outage) without delivering a message, 421 and close. aiosmtpd itself closes a
    # session at its 5th unknown command. 0: no limit.
    hard_error_limit: int = Field(20, ge=0)
    # Postfix's smtpd_recipient_limit (1000 there): accepted RCPTs per transaction (MAIL to
    # DATA or RSET). Past it, "452 4.5.3 Too many recipients" and the address is not kept, so
    # a client cannot grow the envelope without bound; RFC 5321 4.5.3.1.10 has the client
    # deliver to the accepted ones and send the rest in a new transaction. 100 because a
    # support address gets mail for few recipients, yet a message copied to a whole team
    # still gets through in one transaction. The first max_recipients of those 452s in a
    # transaction are not errors for hard_error_limit, further ones are (Postfix's
    # smtpd_recipient_overshoot_limit), so a client that keeps sending RCPT is still closed.
    max_recipients: int = Field(100, ge=1)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    require_starttls: bool = False
    auth_required: bool = False
    # Lines of user:password ({PLAIN}pw or {SHA256}hex). AUTH is offered only over TLS
    # unless auth_allow_plaintext is set (e.g. on a loopback-only listener).
    auth_users_file: Path | None = None
    auth_allow_plaintext: bool = False

    @field_validator("session_limit_exceptions")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"not an address or CIDR network: {network!r}") from None
        return value


class ImapAccount(_Section):
    name: str
    host: str
    port: int = Field(993, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: str | None = Field(None, repr=False)
    password_file: Path | None = None
    # A command whose stdout is an OAuth2 access token (run at each login, without a
    # shell): the login is XOAUTH2 instead of the password.
    oauth2_token_command: str | None = None
    # Server certificates are always verified (tls and starttls); by default against the
    # system trust store, with this PEM file against a private CA instead.
    tls_ca_file: Path | None = None
    folders: list[str] = ["INBOX"]
    on_success: Literal["seen", "move"] = "seen"
    processed_folder: str = "Processed"
    on_failure: Literal["leave", "move"] = "leave"
    failed_folder: str = "Failed"
    poll_interval_s: float = Field(30.0, gt=0)
    idle: bool = True
    language: str | None = None
    # Larger messages are not fetched: they stay on the server (or go to the Failed folder)
    # and are recorded as failed, like SMTP's 552 for the same size.
    max_message_size: int = Field(25 * 1024 * 1024, gt=0)


class ImapConfig(_Section):
    accounts: list[ImapAccount] = []


class SpoolConfig(_Section):
    enabled: bool = True
    path: Path = Path("voicemail")
    processed_path: Path | None = None  # default: <path>/processed
    stable_s: float = Field(1.0, ge=0)
    poll_interval_s: float = Field(1.0, gt=0)
    language: str | None = None
    # Ten minutes of 8 kHz 16-bit WAV is about 10 MB. A larger file is never read: the pair
    # is moved to <path>/rejected and logged, so nothing is lost and memory stays bounded.
    max_recording_size: int = Field(64 * 1024 * 1024, gt=0)


class TranscriptionConfig(_Section):
    enabled: bool = True
    # A size name ("tiny.en", "base", ...) or a directory holding a CTranslate2 model.
    model: str = "base"
    device: str = "cpu"
    compute_type: str = "int8"
    threads: int = Field(2, ge=1)
    languages: list[str] = ["en", "nl", "de", "no"]
    max_duration_s: float = Field(600.0, gt=0)
    cache_dir: Path | None = None
    allow_download: bool = False
    queue_size: int = Field(8, ge=1)
    # Below this confidence (0..1: mean token probability, discounted by Whisper's
    # no-speech estimate) a transcript is flagged uncertain: "listen to the recording".
    min_confidence: float = Field(0.4, ge=0, le=1)
    # Per language, the support words Whisper is prompted with; replaces the built-in list
    # for that language (ingest/transcribe.py DOMAIN_WORDS).
    domain_words: dict[str, list[str]] = {}
    # Added to the nice value of the transcription threads (0: same priority as intake),
    # so SMTP/IMAP keep accepting promptly while a long recording is transcribed.
    nice: int = Field(10, ge=0, le=19)
