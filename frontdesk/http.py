"""The daemon's HTTP endpoint: /healthz and the signed acknowledgement pages.

GET /ack/<token> only shows the ticket; the Acknowledge / Resolve buttons POST the same
token back (link scanners and chat previews fetch GET: they must never change state).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from frontdesk import clock
from frontdesk.actions import acknowledge_in
from frontdesk.health import health_report, unavailable_report
from notify.content import first_lines
from notify.links import BadLink, LinkClaim, verify_token
from storage import queue
from storage.db import DatabaseUnavailable
from storage.models import Ticket

APP_KEY = web.AppKey("frontdesk_app", object)
SOURCES_KEY: web.AppKey[Callable[[], dict[str, Any]]] = web.AppKey("frontdesk_sources")
WORKERS_KEY: web.AppKey[Callable[[], dict[str, Any]]] = web.AppKey("frontdesk_workers")

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:36em;margin:2em auto;padding:0 1em}"
    "pre{white-space:pre-wrap;background:#f4f4f4;padding:.6em}"
    "button{font-size:1.2em;padding:.5em 1em;margin:.3em}"
    ".critical{color:#b00}"
)


def _page(title: str, body: str, status: int = 200) -> web.Response:
    text = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )
    # The URL carries the signed token: never leak it in a Referer, never cache the page,
    # never let another site frame the buttons.
    headers = {
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
        "form-action 'self'; frame-ancestors 'none'",
    }
    return web.Response(text=text, status=status, content_type="text/html", headers=headers)


def _forbidden(reason: str) -> web.Response:
    return _page(
        "Link not valid",
        f"<h1>Link not valid</h1><p>{html.escape(reason)}.</p>"
        "<p>Use the newest page, reply 'ack' to it, or run <code>frontdesk ack</code>.</p>",
        status=403,
    )


def acknowledge_ticket(
    app: Any, ticket_id: int, *, by: str, resolve: bool, via: str, now: datetime
) -> bool:
    """Acknowledge (or resolve) a ticket everywhere: the desk's clocks and status, and the
    pager's pending steps, in one transaction. False when there is no such ticket."""
    with app.db.transaction() as session:
        return acknowledge_in(app, session, ticket_id, by=by, resolve=resolve, via=via, now=now)


def _load_ticket(app: Any, ticket_id: int) -> dict[str, Any] | None:
    with app.db.session() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            return None
        prefix = getattr(app.pager, "case_prefix", "FD")
        return {
            "case": f"{prefix}-{ticket.number}",
            "severity": ticket.severity,
            "customer": ticket.customer_id or "unknown customer",
            "subject": ticket.subject,
            "text": first_lines(ticket.description, lines=8, width=800),
            "status": ticket.status,
            "acknowledged_at": ticket.acknowledged_at,
        }


def _claim(app: Any, token: str) -> LinkClaim:
    return verify_token(app.pager.link_secret, token, now=clock.now())


def build_http_app(
    app: Any,
    sources: Callable[[], dict[str, Any]] | None = None,
    workers: Callable[[], dict[str, Any]] | None = None,
) -> web.Application:
    """`app` is the frontdesk App (settings, db, pager, desk); `sources` reports how the
    daemon's intake sources stand (SMTP, each IMAP mailbox, the spool) and `workers` how
    its workers do (threads or processes: alive, restarts) for /healthz."""
    web_app = web.Application()
    web_app[APP_KEY] = app
    web_app[SOURCES_KEY] = sources or dict
    web_app[WORKERS_KEY] = workers or dict
    web_app.router.add_get("/healthz", _healthz)
    web_app.router.add_get("/ack/{token}", _ack_page)
    web_app.router.add_post("/ack/{token}", _ack_post)
    return web_app


async def _healthz(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    sources = request.app[SOURCES_KEY]()
    workers = request.app[WORKERS_KEY]() or None
    try:
        await asyncio.to_thread(app.db.ping)  # type: ignore[attr-defined]
        backlog = await asyncio.to_thread(queue.backlog, app.db)  # type: ignore[attr-defined]
    except DatabaseUnavailable as exc:
        status, body = unavailable_report(sources, str(exc), workers)
    else:
        status, body = health_report(backlog, sources, clock.now(), workers)
    return web.json_response(body, status=status)


async def _ack_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    token = request.match_info["token"]
    try:
        claim = _claim(app, token)
    except BadLink as exc:
        return _forbidden(str(exc))
    ticket = await asyncio.to_thread(_load_ticket, app, claim.ticket_id)
    if ticket is None:
        return _forbidden("this ticket no longer exists")
    e = {k: html.escape(str(v)) for k, v in ticket.items()}
    sev_class = "critical" if ticket["severity"] == "critical" else ""
    state = f"Status: {e['status']}"
    if ticket["acknowledged_at"] is not None:
        state += f" · acknowledged {e['acknowledged_at']}"
    action = html.escape(f"/ack/{token}", quote=True)
    body = (
        f"<h1 class='{sev_class}'>{e['severity'].upper()} · {e['case']}</h1>"
        f"<p><b>{e['customer']}</b>: {e['subject']}</p>"
        f"<pre>{e['text']}</pre><p>{state}</p>"
        f"<form method='post' action='{action}'>"
        "<label>Your name <input name='by' maxlength='80'></label><br>"
        "<button name='action' value='acknowledge'>Acknowledge</button>"
        "<button name='action' value='resolve'>Resolve</button>"
        "</form>"
    )
    return _page(f"{ticket['case']} {ticket['subject']}", body)


async def _ack_post(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    token = request.match_info["token"]
    try:
        claim = _claim(app, token)
    except BadLink as exc:
        return _forbidden(str(exc))
    form = await request.post()
    action = str(form.get("action", "acknowledge"))
    if action not in ("acknowledge", "resolve"):
        return _page("Unknown action", "<h1>Unknown action</h1>", status=400)
    by = " ".join(str(form.get("by") or "").split())[:80] or "ack link"
    now = clock.now()
    done = await asyncio.to_thread(
        acknowledge_ticket,
        app,
        claim.ticket_id,
        by=by,
        resolve=action == "resolve",
        via="link",
        now=now,
    )
    if not done:
        return _forbidden("this ticket no longer exists")
    verb = "Resolved" if action == "resolve" else "Acknowledged"
    return _page(
        verb,
        f"<h1>{verb}</h1><p>{html.escape(verb)} by {html.escape(by)} at "
        f"{html.escape(now.strftime('%Y-%m-%d %H:%M:%S %Z'))}. Pending pages are stopped.</p>",
    )
