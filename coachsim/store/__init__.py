"""Persistence: SQLite file by default, PostgreSQL when COACHSIM_DATABASE_URL is set."""

from coachsim.store.repo import CallRecord, CallSummary, Store, database_url

__all__ = ["CallRecord", "CallSummary", "Store", "database_url"]
