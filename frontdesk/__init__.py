"""Frontdesk: the intake daemon. This package wires ingest, classifiers, tickets and notify."""

__version__ = "0.1.0"
