"""Every file of the real-world corpus (the Ruby mail gem's fixtures) goes through intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.app import App
from frontdesk.cli.ingest import ingest_path
from storage.db import Database
from storage.models import Message

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpora"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file()) if CORPUS.is_dir() else []


def test_the_corpus_is_there() -> None:
    assert len(FILES) > 100, f"expected the shared corpus at {CORPUS}"


def test_every_corpus_file_is_ingested_without_a_crash_and_kept_raw(app: App, db: Database) -> None:
    outcomes: dict[str, str] = {}
    for path in FILES:
        result = ingest_path(app, path)
        outcomes[str(path.relative_to(CORPUS))] = result["action"]
        assert result["action"] in {"created", "updated", "ignored", "rejected", "duplicate"}, (
            path,
            result,
        )
        if result["action"] == "rejected":
            assert result["reason"], path
    with db.session() as s:
        stored = {m.sha256: m.raw for m in s.scalars(select(Message))}
    import hashlib

    for path in FILES:
        raw = path.read_bytes()
        if not raw:
            continue
        digest = hashlib.sha256(raw).hexdigest()
        assert stored.get(digest) == raw, f"{path} not kept byte for byte"
    # Delivery-status reports are automated mail: ignored (or, for a file whose bytes are
    # the same as another's, a duplicate of that ignored message).
    reports = {
        k: v for k, v in outcomes.items() if k.startswith("ruby-mail/multipart_report_emails/")
    }
    assert len(reports) == 5
    assert set(reports.values()) <= {"ignored", "duplicate"}, reports
    assert list(reports.values()).count("ignored") >= len(reports) - 1, reports


@pytest.mark.parametrize("name", ["LICENSE"])
def test_a_licence_text_is_rejected_as_not_an_email(app: App, name: str) -> None:
    result = ingest_path(app, CORPUS / "ruby-mail" / name)
    assert result["action"] == "rejected" and "not an email" in result["reason"]
