"""The garbage collector and the long-lived start-up objects.

A worker process holds a few hundred thousand objects that live as long as it does (the
compiled rules above all), and CPython's full collection walks every one of them each
time the objects that survived the younger collections have grown by a quarter: a pause
of 0.1-0.2 s in the middle of deciding mail, about 0.1 ms per message on average (the
smtp_load mail, 1,500 messages in one worker thread). Moved to the permanent generation
after start-up, they are no longer walked; the young objects are collected as before.
"""

from __future__ import annotations

import gc


def freeze_start_up_objects() -> None:
    """Everything alive now is kept for the life of the process: stop walking it."""
    gc.freeze()


def after_reload() -> None:
    """A reload swapped the rules, the desk and the pager: let the collector free the old
    ones (frozen objects in a reference cycle are never freed), then freeze the new."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
        gc.freeze()
