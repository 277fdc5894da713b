"""structlog set-up: a processor chain, JSON lines when stdout is not a terminal.

One canonical line per message is logged by the pipeline with its ids bound.
Secrets never reach the log: values of keys that look like secrets are masked, and
URLs have their passwords removed.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from frontdesk.config import LoggingConfig

_SECRET_KEYS = re.compile(r"(?i)(pass(word)?|secret|token|api[_-]?key|authorization)")
_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):[^@/\s]+@")


def redact(value: str) -> str:
    """Remove passwords from URLs inside a string."""
    return _URL_CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:***@", value)


def _redact_secrets(
    _logger: Any, _name: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    for key, value in list(event.items()):
        if _SECRET_KEYS.search(key) and value:
            event[key] = "***"
        elif isinstance(value, str) and "://" in value:
            event[key] = redact(value)
    return event


class _StandardStream:
    """sys.stdout / sys.stderr looked up at each write, so a swapped stream is followed."""

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        return int(getattr(sys, self.name).write(text))

    def flush(self) -> None:
        getattr(sys, self.name).flush()

    def isatty(self) -> bool:
        return bool(getattr(sys, self.name).isatty())


STDOUT = _StandardStream("stdout")
STDERR = _StandardStream("stderr")


def configure_logging(config: LoggingConfig | None = None, *, stream: Any = None) -> None:
    config = config or LoggingConfig()
    stream = stream or STDOUT
    fmt = config.format
    if fmt == "auto":
        fmt = "console" if stream.isatty() else "json"
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=stream.isatty())
    )
    level = getattr(logging, config.level.upper())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _redact_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        # One write per line (PrintLogger writes the line and its newline apart, which
        # unbuffered stdout turns into two writes): worker processes share the daemon's
        # stdout, and their lines must not land inside one another.
        logger_factory=structlog.WriteLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
    # Libraries that use stdlib logging (aiosmtpd, imapclient, apprise) go to stderr, quietly.
    logging.basicConfig(level=max(level, logging.WARNING), stream=sys.stderr)
    for noisy in ("mail.log", "mailparser", "faster_whisper", "apprise", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
