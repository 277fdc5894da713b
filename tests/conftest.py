"""Shared fixtures: a migrated database on SQLite AND PostgreSQL, the clock seam, settings.

PostgreSQL runs on this machine at 127.0.0.1:5432 (trust auth). Each test module that uses
the `db` fixture gets a fresh database created there and dropped afterwards; within the
module each test starts from empty tables.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from frontdesk import clock as clock_module
from frontdesk.config import Settings
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Base

os.environ.setdefault("HF_HUB_OFFLINE", "1")

PG_ADMIN_URL = os.environ.get(
    "FRONTDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
FIXTURES = Path(__file__).parent / "fixtures"


def _pg_admin():  # type: ignore[no-untyped-def]
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Callable[[], str]]:
    """Creates throw-away PostgreSQL databases; drops them all at the end of the session."""
    admin = _pg_admin()
    created: list[str] = []

    def make() -> str:
        name = f"fd_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("db") / "frontdesk.db"
        return f"sqlite:///{path}"
    make: Callable[[], str] = request.getfixturevalue("pg_server")
    return make()


@pytest.fixture(scope="module")
def migrated_db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def db(migrated_db: Database) -> Iterator[Database]:
    """A migrated database with empty tables (SQLite and PostgreSQL)."""
    _truncate(migrated_db)
    yield migrated_db


def _truncate(database: Database) -> None:
    with database.engine.begin() as conn:
        if database.is_postgres:
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


@pytest.fixture
def clock() -> Iterator[clock_module.FrozenClock]:
    """The clock seam, frozen at Tuesday 2026-03-10 10:00 UTC until the test moves it."""
    with clock_module.frozen(datetime(2026, 3, 10, 10, 0, tzinfo=UTC)) as frozen:
        yield frozen


@pytest.fixture
def settings_factory(db_url: str) -> Callable[..., Settings]:
    """Settings on the test database; keyword arguments are config sections as dicts."""

    def make(**sections: Any) -> Settings:
        data: dict[str, Any] = {"database": {"url": db_url}}
        for key, value in sections.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        return Settings.model_validate(data)

    return make
