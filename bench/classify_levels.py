"""The level of every .eml under some folders, one "path<TAB>level" line each.

For a change of the rule files, which bench/classify_equivalence.py does not see (it gives
both engines the same rules): run this at the old and at the new commit and diff the two
outputs. The mails are read as the pipeline reads them (ingest.parse.parse_email: the
subject and the body text); a voicemail transcript (a `.txt` under a `transcripts` folder, as
in the evaluation's batches) is read as the pipeline reads one (the transcript alone).

    .venv/bin/python bench/classify_levels.py ../shared/corpora tests/fixtures > levels.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifiers import MessageText, classify, load_rules
from ingest.parse import parse_email


def main() -> None:
    rules = load_rules([], [])
    for root in sys.argv[1:]:
        for path in sorted(Path(root).rglob("*.eml")):
            try:
                mail = parse_email(path.read_bytes())
                level = classify(MessageText(subject=mail.subject or "", body=mail.text), rules)
                print(f"{path}\t{level.severity}")
            except Exception as exc:  # a mail the parser refuses: shown, not fatal
                print(f"{path}\terror {type(exc).__name__}")
        for path in sorted(Path(root).rglob("transcripts/**/*.txt")):
            transcript = path.read_text(encoding="utf-8")
            level = classify(MessageText(subject="", body="", transcript=transcript), rules)
            print(f"{path}\t{level.severity}")


if __name__ == "__main__":
    main()
