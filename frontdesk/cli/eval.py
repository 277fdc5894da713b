"""`frontdesk eval DIR`: precision/recall per level, accuracy, confusion matrix, misclassified."""

from __future__ import annotations

import argparse
from pathlib import Path

from classifiers.evaluation import TARGETS, evaluate, load_corpus
from frontdesk.cli.classify import load_email_file, rules_from
from frontdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "eval",
        help="evaluate the classifier on a labelled folder",
        description="DIR holds <level>/*.eml (critical, urgent, standard, low), automated/*.eml "
        "and transcripts/<level>/*.txt.",
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument(
        "--own-domain",
        action="append",
        default=[],
        metavar="DOMAIN",
        help="Message-ID domain of our own outgoing mail (repeatable; adds to the config's)",
    )
    p.add_argument(
        "--require-targets",
        action="store_true",
        help="exit 1 unless: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root = Path(args.dir)
    if not root.is_dir():
        raise UserError(f"{root}: not a directory")
    rules, own_domains = rules_from(args)
    messages = load_corpus(root, load_email_file)
    if not messages:
        raise UserError(f"{root}: no labelled messages (expected <level>/*.eml or transcripts/)")
    report = evaluate(messages, rules, [*own_domains, *args.own_domain])
    print(report.render())
    missed = report.missed_targets()
    if args.require_targets:
        print("")
        print("targets: " + ("missed: " + "; ".join(missed) if missed else "all met"))
        return 1 if missed else 0
    return 0
