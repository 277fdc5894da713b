"""Errors the user can fix: printed as one line, exit status 2, never a traceback."""


class UserError(Exception):
    """Bad path, bad argument, missing migration: what and where, in one line."""
