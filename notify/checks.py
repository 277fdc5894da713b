"""Configuration checks for `frontdesk check-config`: one line per problem."""

from __future__ import annotations

from typing import Any

from notify.channels import apprise_url_ok, channel_kind, redact
from notify.config import NotifyConfig


def check_notify(settings: Any) -> list[str]:
    """Problems with [notify] (takes Settings; only .notify and .http are read)."""
    notify: NotifyConfig = settings.notify
    problems: list[str] = []
    people = {p.name for p in notify.people}
    rotations = {r.name: r for r in notify.rotations}

    seen: set[str] = set()
    for i, person in enumerate(notify.people):
        where = f"notify.people[{i}] ({person.name})"
        if person.name in seen:
            problems.append(f"{where}: the name is used twice")
        seen.add(person.name)
        if not person.channels:
            problems.append(f"{where}: no channels: a page to them cannot be delivered")
        for channel in person.channels:
            problems += _check_channel(channel, where)

    for i, rotation in enumerate(notify.rotations):
        where = f"notify.rotations[{i}] ({rotation.name})"
        if not rotation.members:
            problems.append(f"{where}: no members")
        for member in rotation.members:
            if member not in people:
                problems.append(f"{where}: member {member!r} is not in notify.people")

    for i, override in enumerate(notify.overrides):
        where = f"notify.overrides[{i}]"
        if override.person not in people:
            problems.append(f"{where}: person {override.person!r} is not in notify.people")
        if override.rotation is not None and override.rotation not in rotations:
            problems.append(f"{where}: unknown rotation {override.rotation!r}")
        if type(override.end) is type(override.start) and override.end < override.start:
            problems.append(f"{where}: ends before it starts")

    names = [p.name for p in notify.policies]
    if notify.policy is not None and notify.policy not in names:
        problems.append(f"notify.policy: unknown policy {notify.policy!r}")
    for i, policy in enumerate(notify.policies):
        where = f"notify.policies[{i}] ({policy.name})"
        if not policy.steps:
            problems.append(f"{where}: no steps")
        for j, step in enumerate(policy.steps):
            kind, _, name = step.target.partition(":")
            at = f"{where}.steps[{j}]"
            if kind == "rotation":
                found = rotations.get(name)
                if found is None:
                    problems.append(f"{at}: unknown rotation {name!r}")
                elif not found.members:
                    problems.append(f"{at}: rotation {name!r} has nobody to page")
            elif name not in people:
                problems.append(f"{at}: unknown person {name!r}")
        if policy.fallback is not None and (
            "://" in policy.fallback or channel_kind(policy.fallback) != "apprise"
        ):
            problems += _check_channel(policy.fallback, f"{where}.fallback")

    # The embedded default (nobody configured) pages to the log and needs no secret; once
    # people are paged, their links must survive a restart.
    if notify.people and not settings.http.secret:
        problems.append("http.secret: empty: acknowledgement links stop working on restart")
    return problems


def _check_channel(channel: str, where: str) -> list[str]:
    kind = channel_kind(channel)
    if kind == "smtp":
        address = channel.partition(":")[2]
        if "@" not in address:
            return [f"{where}: {channel!r} is not 'smtp:name@example.com'"]
        return []
    if kind == "log":
        return []
    if not apprise_url_ok(channel):
        return [f"{where}: apprise cannot use {redact(channel)}"]
    return []
