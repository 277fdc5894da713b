"""The classifier evaluation on a labelled folder (same code as `frontdesk eval`).

    .venv/bin/python bench/classify_eval.py [DIR] [--require-targets]

DIR defaults to the project's corpus, tests/fixtures/corpus, with our own Message-ID
domain of that corpus (frontdesk.agency.example) so its mail loop counts as automated.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontdesk.cli import main as cli_main  # noqa: E402


def main(argv: list[str]) -> int:
    args = list(argv)
    if not args or args[0].startswith("-"):
        args = [
            str(ROOT / "tests" / "fixtures" / "corpus"),
            "--own-domain",
            "frontdesk.agency.example",
            *args,
        ]
    return cli_main(["eval", *args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
