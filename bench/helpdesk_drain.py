"""Calibration: django-helpdesk's `get_email` draining the same mailbox as imap_drain.py.

Issue 3 sets the IMAP drain target (>= 250 msgs/s) against django-helpdesk's get_email,
measured on another machine. This script measures get_email on *this* machine against
the same kind of mailbox, so bench/imap_drain.py's figure can be read against it:

1. A separate virtualenv (--venv, default /tmp/django-helpdesk-venv; reused when it
   already holds the pinned release) gets django-helpdesk DJANGO_HELPDESK_VERSION and
   Django DJANGO_SPEC from PyPI. Never the project's own .venv.
2. A throw-away Dovecot (scripts/dovecot_test_server.py) gets --messages 5 KB mails in
   INBOX, built by imap_drain.make_message and APPENDed with MULTIAPPEND, 100 at a time.
3. A minimal Django project in a temp dir (SQLite file, DEBUG off, teams mode off, the
   locmem e-mail backend so the acknowledgement mails are rendered but not sent) is
   migrated and gets one Queue polling that mailbox over plain IMAP.
4. `python manage.py get_email` runs once, timed from start to exit; afterwards the
   tickets and follow-ups in its database and the messages left in INBOX are counted.
   Start-up is timed separately (`manage.py check`, and get_email on an empty mailbox:
   Django start-up + IMAP login/select/search/logout), so msgs/s can be read with and
   without it.

    .venv/bin/python bench/helpdesk_drain.py [--messages 1000] [--venv /tmp/django-helpdesk-venv]
        [--email-backend locmem|dummy|console]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from imap_drain import fill_mailbox, load_dovecot

DJANGO_HELPDESK_VERSION = "2.6.1"  # newest on PyPI when written; requires Django >= 5.2
DJANGO_SPEC = "django>=5.2,<5.3"
DEFAULT_VENV = Path(tempfile.gettempdir()) / "django-helpdesk-venv"
EMAIL_BACKENDS = {
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
}

SETTINGS = """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "helpdesk-drain-bench-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",  # helpdesk: site domain in e-mails
    "django.contrib.humanize",
    "rest_framework",  # helpdesk's API
    "helpdesk",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "helpdesk.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
SITE_ID = 1
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
DEFAULT_FROM_EMAIL = "support@agency.example"
EMAIL_BACKEND = "{email_backend}"
HELPDESK_TEAMS_MODE_ENABLED = False  # else pinax-teams is required
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "file": {"class": "logging.FileHandler", "filename": str(BASE_DIR / "get_email.log")},
    },
    "loggers": {"django.helpdesk": {"handlers": ["file"], "level": "WARNING"}},
}
"""

MANAGE = """\
import os
import resource
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hdbench_settings")
from django.core.management import execute_from_command_line

execute_from_command_line(sys.argv)
"""

CREATE_QUEUE = """\
from helpdesk.models import Queue
Queue.objects.create(
    title="Support", slug="support", email_address="support@agency.example",
    allow_email_submission=True, email_box_type="imap", email_box_host="127.0.0.1",
    email_box_port={port}, email_box_ssl=False, email_box_user="support",
    email_box_pass="secret", email_box_imap_folder="INBOX", email_box_interval=0,
    logging_type="warn",
)
"""


def venv_versions(python: Path) -> tuple[str, str] | None:
    """(django-helpdesk, Django) versions installed in that interpreter, or None."""
    if not python.exists():
        return None
    code = (
        "import importlib.metadata as m; print(m.version('django-helpdesk'), m.version('django'))"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    helpdesk, django = done.stdout.split()
    return helpdesk, django


def ensure_venv(venv: Path) -> tuple[Path, str, str]:
    main_venv = Path(__file__).resolve().parents[1] / ".venv"
    if venv.resolve() == main_venv.resolve():
        raise SystemExit(f"refusing to install django-helpdesk into the project's {main_venv}")
    python = venv / "bin" / "python"
    found = venv_versions(python)
    if found is None or found[0] != DJANGO_HELPDESK_VERSION:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        print(f"installing django-helpdesk=={DJANGO_HELPDESK_VERSION} {DJANGO_SPEC} into {venv}")
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             f"django-helpdesk=={DJANGO_HELPDESK_VERSION}", DJANGO_SPEC],
            check=True,
        )  # fmt: skip
        found = venv_versions(python)
        if found is None:
            raise SystemExit("django-helpdesk did not install")
    return python, found[0], found[1]


LAST_CPU_S = [0.0]  # user + system CPU seconds of the last manage.py run


def manage(python: Path, project: Path, *args: str, timeout: float = 600) -> float:
    """Run manage.py in the helper venv; returns its wall time (start to exit)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [str(python), "manage.py", *args],
        cwd=project, capture_output=True, text=True, timeout=timeout, check=False,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
    )  # fmt: skip
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU_S[0] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode != 0:
        raise SystemExit(
            f"manage.py {' '.join(args)} exited {done.returncode}:\n"
            f"{done.stdout[-2000:]}{done.stderr[-4000:]}"
        )
    return elapsed


def mailbox_count(port: int) -> int:
    with IMAPClient("127.0.0.1", port=port, ssl=False) as client:
        client.login("support", "secret")
        return int(client.select_folder("INBOX", readonly=True)[b"EXISTS"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5 * 1024)
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--email-backend", choices=sorted(EMAIL_BACKENDS), default="locmem")
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args()

    python, helpdesk_version, django_version = ensure_venv(args.venv)
    print(f"django-helpdesk {helpdesk_version}, Django {django_version}, "
          f"{python} ({os.cpu_count()} CPUs)")  # fmt: skip
    dovecot_module = load_dovecot()

    work = Path(tempfile.mkdtemp(prefix="frontdesk-helpdesk-bench-"))
    server = dovecot_module.DovecotServer(work / "dovecot")
    try:
        project = work / "project"
        project.mkdir()
        settings = SETTINGS.replace("{email_backend}", EMAIL_BACKENDS[args.email_backend])
        (project / "hdbench_settings.py").write_text(settings)
        (project / "manage.py").write_text(MANAGE)
        migrate_s = manage(python, project, "migrate", "--no-input")
        print(f"migrate: {migrate_s:.1f} s")

        server.start()
        manage(python, project, "shell", "-c", CREATE_QUEUE.replace("{port}", str(server.port)))

        runs = max(args.startup_runs, 1)
        check_s = statistics.median(manage(python, project, "check") for _ in range(runs))
        empty_s = statistics.median(manage(python, project, "get_email") for _ in range(runs))

        appended_s = fill_mailbox(server.port, args.messages, args.size)
        print(f"helpdesk_drain: {args.messages} x {args.size} B appended in "
              f"{appended_s:.1f} s; "
              f"e-mail backend {args.email_backend}")  # fmt: skip

        log = project / "get_email.log"
        log.unlink(missing_ok=True)  # only the timed run's warnings count
        drain_s = manage(python, project, "get_email", timeout=args.timeout)
        drain_cpu_s = LAST_CPU_S[0]

        with sqlite3.connect(project / "helpdesk.sqlite3") as db:
            tickets = db.execute("SELECT count(*) FROM helpdesk_ticket").fetchone()[0]
            followups = db.execute("SELECT count(*) FROM helpdesk_followup").fetchone()[0]
            acked = db.execute(
                "SELECT count(*) FROM helpdesk_followup"
                " WHERE email_recipients IS NOT NULL AND email_recipients NOT IN ('[]', 'null')"
            ).fetchone()[0]
        left = mailbox_count(server.port)
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        # Dovecot here offers no STARTTLS (plain IMAP, as in imap_drain): one line a run.
        problems = [line for line in lines if "StartTLS" not in line]

        print(f"django-helpdesk {helpdesk_version} (Django {django_version}) get_email: "
              f"{tickets}/{args.messages} tickets in {drain_s:.1f} s: "
              f"{tickets / drain_s:.1f} msgs/s (its CPU time {drain_cpu_s:.1f} s)")  # fmt: skip
        print(f"  follow-ups {followups}; acknowledgements to the sender {acked} "
              f"({args.email_backend} backend); left in INBOX (not processed) {left}; "
              f"warnings/errors logged {len(problems)} (+{len(lines) - len(problems)} "
              f"'StartTLS unsupported')")  # fmt: skip
        for line in problems[:5]:
            print(f"    {line[:200]}")
        net_s = drain_s - empty_s
        print(f"  start-up (median of {runs}): manage.py check {check_s:.2f} s; get_email on "
              f"the empty mailbox {empty_s:.2f} s; without the latter: {tickets} in "
              f"{net_s:.1f} s: {tickets / max(net_s, 1e-3):.1f} msgs/s")  # fmt: skip
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
