"""Typed configuration: one TOML file, every key overridable from the environment.

Each part owns its section model (ingest/config.py, tickets/config.py, ...); the defaults
live there, once. This module composes them, reads the file, applies environment
overrides (``FRONTDESK_<SECTION>_<KEY>``, e.g. ``FRONTDESK_DATABASE_URL``), and turns
every problem into one line naming the key and what is wrong.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from classifiers.config import ClassifierConfig
from ingest.config import ImapConfig, SmtpConfig, SpoolConfig, TranscriptionConfig
from notify.config import NotifyConfig, RelayConfig
from tickets.config import AgencyConfig, CustomerConfig, TicketsConfig

ENV_PREFIX = "FRONTDESK_"


class ConfigError(Exception):
    """A problem the operator can fix. `problems` holds one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseConfig(_Section):
    url: str = "sqlite:///frontdesk.db"
    echo: bool = False
    # Where raw messages live besides the database: they are kept in the database itself.
    busy_timeout_ms: int = Field(10_000, ge=0)


class LoggingConfig(_Section):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["auto", "json", "console"] = "auto"


class HttpConfig(_Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    # How links in pages reach this daemon from a phone.
    public_url: str = "http://127.0.0.1:8080"
    # Signs acknowledgement links. Empty: a random one per start (links die on restart).
    secret: str = Field("", repr=False)
    link_ttl_hours: float = Field(24.0, gt=0)


class WorkerConfig(_Section):
    # 0: the worker threads run inside the daemon process (beside SMTP, IMAP, the spool).
    # N >= 1: N worker processes, each running `threads` threads, apart from the intake
    # process, so the pipeline's CPU work never holds the GIL the SMTP loop needs.
    # 2, one per CPU of the 2-CPU machine the targets are set on: the pipeline's CPU work
    # (about 3.5 ms per 5 KB mail) is what limits the intake, and one process has one core
    # (README, Development: session 20's figures).
    processes: int = Field(2, ge=0)
    threads: int = Field(2, ge=1)
    # With a backlog, a thread claims up to `batch` jobs and decides their emails in one
    # transaction (one commit and one write-lock turn for all); 1 turns this off.
    batch: int = Field(16, ge=1, le=500)
    max_attempts: int = Field(5, ge=1)
    retry_base_s: float = Field(2.0, gt=0)
    poll_interval_s: float = Field(0.5, gt=0)
    graceful_timeout_s: float = Field(20.0, gt=0)


class Settings(_Section):
    database: DatabaseConfig = DatabaseConfig()
    logging: LoggingConfig = LoggingConfig()
    http: HttpConfig = HttpConfig()
    worker: WorkerConfig = WorkerConfig()
    smtp: SmtpConfig = SmtpConfig()
    imap: ImapConfig = ImapConfig()
    spool: SpoolConfig = SpoolConfig()
    transcription: TranscriptionConfig = TranscriptionConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    agency: AgencyConfig = AgencyConfig()
    tickets: TicketsConfig = TicketsConfig()
    customers: list[CustomerConfig] = []
    relay: RelayConfig = RelayConfig()
    notify: NotifyConfig = NotifyConfig()

    # Where the settings came from, for messages; not a config key.
    source: str = Field("defaults", exclude=True)

    def own_message_id_domains(self) -> list[str]:
        """The domains our own Message-IDs are made at: the relay's from address's (where
        acknowledgements and email pages get theirs), then `classifier.own_message_id_domains`."""
        domains: list[str] = []
        _, at, relay_domain = self.relay.from_address.rpartition("@")
        for domain in [relay_domain if at else "", *self.classifier.own_message_id_domains]:
            domain = domain.strip().lstrip("@").lower()
            if domain and domain not in domains:
                domains.append(domain)
        return domains


def _env_overrides(env: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Map FRONTDESK_<SECTION>_<KEY> variables onto the settings tree.

    Names are matched against the known fields, so keys with underscores work
    (FRONTDESK_SMTP_MAX_MESSAGE_SIZE -> smtp.max_message_size). Lists and tables
    are given as JSON.
    """
    out: dict[str, Any] = {}
    problems: list[str] = []
    for section_name, field in Settings.model_fields.items():
        if section_name == "source":
            continue
        annotation = field.annotation
        whole = f"{ENV_PREFIX}{section_name.upper()}"
        if whole in env:
            try:
                out[section_name] = json.loads(env[whole])
            except json.JSONDecodeError as exc:
                problems.append(f"{whole}: not valid JSON ({exc.msg})")
            continue
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            continue
        for key, sub in annotation.model_fields.items():
            name = f"{whole}_{key.upper()}"
            if name not in env:
                continue
            raw = env[name]
            sub_ann = str(sub.annotation)
            if raw[:1] in "[{" and ("list" in sub_ann or "dict" in sub_ann):
                try:
                    value: Any = json.loads(raw)
                except json.JSONDecodeError as exc:
                    problems.append(f"{name}: not valid JSON ({exc.msg})")
                    continue
            else:
                value = raw
            out.setdefault(section_name, {})[key] = value
    return out, problems


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _format_location(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def describe_validation_error(
    exc: ValidationError, source: str, from_env: Mapping[str, Any] | None = None
) -> list[str]:
    """One line per problem: where it came from (file or variable), the key, what is wrong."""
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        key = _format_location(loc)
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "value_error":
            msg = msg.removeprefix("Value error, ")
        where = source
        if from_env and loc and str(loc[0]) in from_env:
            section = from_env[str(loc[0])]
            if not isinstance(section, dict):
                where = f"{ENV_PREFIX}{str(loc[0]).upper()}"
            elif len(loc) > 1 and loc[1] in section:
                where = f"{ENV_PREFIX}{str(loc[0]).upper()}_{str(loc[1]).upper()}"
        lines.append(f"{where}: {key}: {msg}")
    return lines


def config_path_from(
    cli_path: str | os.PathLike[str] | None, env: Mapping[str, str]
) -> Path | None:
    if cli_path:
        return Path(cli_path)
    if env.get("FRONTDESK_CONFIG"):
        return Path(env["FRONTDESK_CONFIG"])
    return None


def load_settings(
    path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Read the config file (if any) and the environment; raise ConfigError on any problem."""
    env = os.environ if env is None else env
    file_path = config_path_from(path, env)
    data: dict[str, Any] = {}
    source = "defaults"
    if file_path is not None:
        source = str(file_path)
        try:
            with open(file_path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError([f"{file_path}: config file not found"]) from None
        except IsADirectoryError:
            raise ConfigError([f"{file_path}: is a directory, not a config file"]) from None
        except PermissionError:
            raise ConfigError([f"{file_path}: permission denied"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{file_path}: invalid TOML: {exc}"]) from None
    overrides, problems = _env_overrides(env)
    if problems:
        raise ConfigError(problems)
    if overrides:
        data = _deep_merge(data, overrides)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, source, overrides)) from None
    settings.source = source
    return settings
