"""`frontdesk tickets list|show|update`: the desk from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk import clock
from frontdesk.config import Settings, load_settings
from frontdesk.errors import UserError
from storage.db import Database, DatabaseUnavailable, DatabaseUrlError, one_line
from storage.migrate import pending_message
from storage.models import Ticket, TicketEvent
from tickets.calendar import as_utc
from tickets.desk import STATUSES, TicketDesk
from tickets.sla import SEVERITIES
from tickets.subjects import case_label, parse_case

OPEN_STATUSES = ("open", "waiting_customer")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("tickets", help="list, show and update tickets")
    tsub = p.add_subparsers(dest="tickets_command", metavar="COMMAND", required=True)

    ls = tsub.add_parser("list", help="list tickets, newest first")
    ls.add_argument("--open", action="store_true", help="only open / waiting on the customer")
    ls.add_argument("--severity", choices=SEVERITIES)
    ls.add_argument("--customer", metavar="ID")
    ls.add_argument("--limit", type=int, default=200)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=run_list)

    show = tsub.add_parser("show", help="one ticket with its timeline")
    show.add_argument("case", metavar="N", help='case number: "FD-12" or 12')
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    up = tsub.add_parser("update", help="change status or severity, or add a note")
    up.add_argument("case", metavar="N", help='case number: "FD-12" or 12')
    up.add_argument("--status", choices=STATUSES)
    up.add_argument("--severity", choices=SEVERITIES)
    up.add_argument("--note")
    up.add_argument("--by", help="who (default: the login name)")
    up.set_defaults(handler=run_update)


def open_database(settings: Settings) -> Database:
    """The configured database, refusing one that is not migrated (one line)."""
    try:
        db = Database(settings.database.url)
    except DatabaseUrlError as exc:
        raise UserError(str(exc)) from None
    try:
        message = pending_message(db)
    except Exception as exc:
        db.dispose()
        raise UserError(f"cannot open database: {one_line(exc, 300)}") from None
    if message:
        db.dispose()
        raise UserError(message)
    return db


def _iso(t: datetime | None) -> str | None:
    return as_utc(t).isoformat() if t else None


def ticket_summary(ticket: Ticket, prefix: str) -> dict[str, Any]:
    return {
        "case": case_label(prefix, ticket.number),
        "id": ticket.id,
        "status": ticket.status,
        "severity": ticket.severity,
        "previous_severity": ticket.previous_severity,
        "customer": ticket.customer_id,
        "contact": ticket.contact_email or ticket.contact_phone,
        "contact_name": ticket.contact_name,
        "channel": ticket.channel,
        "subject": ticket.subject,
        "created_at": _iso(ticket.created_at),
        "updated_at": _iso(ticket.updated_at),
        "response_due": _iso(ticket.response_due),
        "fix_due": _iso(ticket.fix_due),
        "first_response_at": _iso(ticket.first_response_at),
        "resolved_at": _iso(ticket.resolved_at),
        "linked_ticket_id": ticket.linked_ticket_id,
        "messages": ticket.message_count,
    }


def _short(t: datetime | None, zone: str) -> str:
    """Local (agency) time for the table."""
    return as_utc(t).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") if t else "-"


def run_list(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    prefix = settings.tickets.subject_tag_prefix
    db = open_database(settings)
    try:
        with db.session() as session:
            query = select(Ticket).order_by(Ticket.id.desc()).limit(max(args.limit, 1))
            if args.open:
                query = query.where(Ticket.status.in_(OPEN_STATUSES))
            if args.severity:
                query = query.where(Ticket.severity == args.severity)
            if args.customer:
                query = query.where(Ticket.customer_id == args.customer)
            rows = list(session.execute(query).scalars())
    except DatabaseUnavailable as exc:
        raise UserError(f"database unavailable: {exc}") from None
    finally:
        db.dispose()
    if args.json:
        for row in rows:
            print(json.dumps(ticket_summary(row, prefix), ensure_ascii=False))
        return 0
    if not rows:
        print("no tickets")
        return 0
    print(
        f"{'CASE':<10} {'STATUS':<17} {'SEVERITY':<9} {'CUSTOMER':<16} {'RESPONSE DUE':<17} SUBJECT"
    )
    zone = settings.agency.timezone
    for row in rows:
        print(
            f"{case_label(prefix, row.number):<10} {row.status:<17} {row.severity:<9} "
            f"{(row.customer_id or '-')[:16]:<16} {_short(row.response_due, zone):<17} "
            f"{row.subject[:60]}"
        )
    return 0


def _find(session: Session, case: str, prefix: str) -> Ticket:
    number = parse_case(case, prefix)
    if number is None:
        raise UserError(f"{case!r} is not a case number (like {prefix}-12 or 12)")
    ticket = session.execute(select(Ticket).where(Ticket.number == number)).scalar_one_or_none()
    if ticket is None:
        raise UserError(f"no ticket {case_label(prefix, number)}")
    return ticket


def run_show(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    prefix = settings.tickets.subject_tag_prefix
    db = open_database(settings)
    try:
        with db.session() as session:
            ticket = _find(session, args.case, prefix)
            summary = ticket_summary(ticket, prefix)
            summary["description"] = ticket.description
            summary["timeline"] = [
                {
                    "at": _iso(e.at),
                    "kind": e.kind,
                    "actor": e.actor,
                    "detail": e.detail,
                    "message": e.message_pk,
                }
                for e in session.execute(
                    select(TicketEvent)
                    .where(TicketEvent.ticket_id == ticket.id)
                    .order_by(TicketEvent.at, TicketEvent.id)
                ).scalars()
            ]
    except DatabaseUnavailable as exc:
        raise UserError(f"database unavailable: {exc}") from None
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    for key in (
        "case", "status", "severity", "customer", "contact", "channel", "subject",
        "created_at", "response_due", "fix_due", "first_response_at", "messages",
    ):  # fmt: skip
        print(f"{key + ':':<19} {summary[key] if summary[key] is not None else '-'}")
    print()
    print(summary["description"].strip()[:2000])
    print()
    print("timeline:")
    for event in summary["timeline"]:
        detail = ", ".join(f"{k}={v}" for k, v in event["detail"].items() if v not in (None, []))
        print(f"  {event['at']}  {event['kind']:<16} {event['actor'] or '':<28} {detail}")
    return 0


def run_update(args: argparse.Namespace) -> int:
    if not (args.status or args.severity or args.note):
        raise UserError("tickets update: give --status, --severity and/or --note")
    settings = load_settings(args.config)
    prefix = settings.tickets.subject_tag_prefix
    try:
        desk = TicketDesk(
            settings.agency, settings.tickets, settings.customers, settings.relay.from_address
        )
    except ValueError as exc:
        raise UserError(str(exc)) from None
    by = args.by or f"cli:{getpass.getuser()}"
    db = open_database(settings)
    try:
        with db.transaction() as session:
            ticket = _find(session, args.case, prefix)
            desk.update(
                session,
                ticket.id,
                status=args.status,
                severity=args.severity,
                note=args.note,
                by=by,
                now=clock.now(),
            )
            line = f"{case_label(prefix, ticket.number)}: {ticket.status}, {ticket.severity}"
    except DatabaseUnavailable as exc:
        raise UserError(f"database unavailable: {exc}") from None
    finally:
        db.dispose()
    print(line)
    return 0
