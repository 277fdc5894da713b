"""`frontdesk ack N [--resolve] [--by NAME]`: acknowledge a ticket from the shell."""

from __future__ import annotations

import argparse
import getpass

from sqlalchemy import select

from frontdesk import clock
from frontdesk.cli._common import app_from
from frontdesk.errors import UserError
from frontdesk.http import acknowledge_ticket
from storage.models import Ticket


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ack", help="acknowledge a ticket: stops its pages and escalation")
    p.add_argument("ticket", metavar="N", help="case number: 12 or FD-12")
    p.add_argument("--resolve", action="store_true", help="resolve it as well")
    p.add_argument("--by", metavar="NAME", help="who (default: the login name)")
    p.set_defaults(handler=run_ack)


def parse_case(value: str) -> int:
    """'FD-12', 'fd-12', '#12' or '12' -> 12."""
    digits = value.strip().lstrip("#").rsplit("-", 1)[-1]
    if not digits.isdigit():
        raise UserError(f"ticket: {value!r} is not a case number like 12 or FD-12")
    return int(digits)


def run_ack(args: argparse.Namespace) -> int:
    number = parse_case(args.ticket)
    app = app_from(args, classifies=False)
    try:
        with app.db.session() as session:
            ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == number))
        if ticket_id is None:
            raise UserError(f"ticket: no ticket with number {number}")
        by = args.by or getpass.getuser()
        now = clock.now()
        acknowledge_ticket(app, ticket_id, by=by, resolve=args.resolve, via="cli", now=now)
        case = f"{app.pager.case_prefix}-{number}"
        print(f"{case} {'resolved' if args.resolve else 'acknowledged'} by {by}")
    finally:
        app.close()
    return 0
