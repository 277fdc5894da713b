"""`frontdesk classify [--json] PATH|-`: the severity of one message, without storing it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from classifiers.evaluation import LoadedMessage
from classifiers.model import Classification, MessageText
from classifiers.rules import RuleFileError, RuleSet
from frontdesk.cli._common import settings_from
from frontdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "classify",
        help="severity of one message (.eml, transcript .txt, or - for stdin)",
        description="Classify one message without storing it. An .eml (or mail on stdin) is "
        "an email; any other text file is a voicemail transcript.",
    )
    p.add_argument("path", metavar="PATH|-")
    p.add_argument("--json", action="store_true", help="print the CLI-contract JSON object")
    p.set_defaults(handler=run)


def rules_from(args: argparse.Namespace) -> tuple[RuleSet, list[str]]:
    settings = settings_from(args)
    try:
        rules = settings.classifier.load_rules()
    except RuleFileError as exc:
        raise UserError(f"classifier rules: {exc}") from None
    # The pipeline's domains: the relay's from address's and the configured ones.
    return rules, settings.own_message_id_domains()


def looks_like_email(raw: bytes) -> bool:
    head = raw[:2000].lstrip().split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = {ln.split(b":", 1)[0].strip().lower() for ln in head.splitlines() if b":" in ln}
    return bool(names & {b"from", b"subject", b"message-id", b"received", b"mime-version"})


def load_email_bytes(raw: bytes, path: Path) -> LoadedMessage:
    from ingest.parse import NotAnEmail, parse_email

    try:
        inbound = parse_email(raw)
    except NotAnEmail as exc:
        raise UserError(f"{path}: not an email: {exc}") from None
    # detect_automated reads Content-Type from the headers: it sees multipart/report there.
    text = MessageText(subject=inbound.subject, body=inbound.text)
    return LoadedMessage(path, "", text, inbound.headers, inbound.sender)


def load_email_file(path: Path) -> LoadedMessage:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror}") from None
    return load_email_bytes(raw, path)


def load_any(path_arg: str) -> LoadedMessage:
    if path_arg == "-":
        raw = sys.stdin.buffer.read()
        path = Path("<stdin>")
    else:
        path = Path(path_arg)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise UserError(f"{path}: cannot read: {exc.strerror}") from None
    if path.suffix.lower() == ".eml" or (path.suffix.lower() != ".txt" and looks_like_email(raw)):
        return load_email_bytes(raw, path)
    transcript = raw.decode("utf-8", errors="replace")
    return LoadedMessage(path, "", MessageText(transcript=transcript))


def describe(verdict: Classification, automated: str | None) -> str:
    lines = [f"severity: {verdict.severity}", f"language: {verdict.language or '-'}"]
    if automated:
        lines.append(f"automated: {automated} (would be ignored: no ticket, no page)")
    for r in verdict.rules:
        lines.append(f"  {r.level:<9} {r.id:<40} {r.field}: {r.matched!r} ({r.weight:g})")
    if not verdict.rules:
        lines.append("  no rule fired")
    if verdict.set_aside:
        lines.append("set aside by the reading steps:")
    for s in verdict.set_aside or ():
        r = s.rule
        lines.append(f"  {r.level:<9} {r.id:<40} {r.field}: {r.matched!r} ({s.step}: {s.function})")
    if verdict.reason:
        lines.append(f"reason: {verdict.reason}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    # The engine is imported when a message is classified, not for every command the CLI
    # registers (`frontdesk ack` at night should not wait for it).
    from classifiers.automated import detect_automated
    from classifiers.engine import classify

    rules, own_domains = rules_from(args)
    message = load_any(args.path)
    automated = None
    if message.headers is not None:
        automated = detect_automated(
            message.headers, message.sender, message.text.subject, own_domains
        )
    verdict = classify(message.text, rules, explain=True)
    if args.json:
        print(json.dumps(verdict.as_json(automated), ensure_ascii=False))
    else:
        print(describe(verdict, automated))
    return 0


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - convenience
    from frontdesk.cli import main as cli_main

    return cli_main(["classify", *(argv or sys.argv[1:])])
