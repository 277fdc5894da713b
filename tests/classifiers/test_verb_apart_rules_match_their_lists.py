"""The verb-apart regexes in the rule files are what scripts/verb_apart_rules.py builds from its
word lists: an edit by hand to the rule files, or to the lists without running the script,
fails here rather than drifting apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rule_files_hold_what_the_word_lists_build() -> None:
    script = ROOT / "scripts" / "verb_apart_rules.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
