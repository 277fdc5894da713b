"""`frontdesk customers list`: the customers and contracts the config defines."""

from __future__ import annotations

import argparse
import json
from typing import Any

from frontdesk.config import load_settings
from frontdesk.errors import UserError
from tickets.customers import CustomerDirectory


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("customers", help="customers and their contracts")
    csub = p.add_subparsers(dest="customers_command", metavar="COMMAND", required=True)
    ls = csub.add_parser("list", help="list customers from the config")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    try:
        directory = CustomerDirectory(settings.agency, settings.customers)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    rows: list[dict[str, Any]] = []
    for customer in settings.customers:
        contract = directory.get(customer.id)
        rows.append(
            {
                "id": customer.id,
                "name": customer.name,
                "support_package": customer.support_package,
                "after_hours_cover": customer.after_hours_cover,
                "timezone": contract.calendar.timezone,
                "country": contract.calendar.country,
                "language": customer.language,
                "domains": customer.domains,
                "addresses": customer.addresses,
                "phones": customer.phones,
                "projects": customer.projects,
                "sla": customer.sla,
            }
        )
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no customers in {settings.source} (unknown senders get the no-package terms)")
        return 0
    print(f"{'ID':<16} {'NAME':<28} {'PACKAGE':<8} {'24/7':<5} {'ZONE':<18} {'CTRY':<5} LANG")
    for row in rows:
        print(
            f"{row['id']:<16} {row['name'][:28]:<28} {'yes' if row['support_package'] else 'no':<8}"
            f" {'yes' if row['after_hours_cover'] else 'no':<5} {row['timezone']:<18}"
            f" {row['country']:<5} {row['language']}"
        )
    return 0
