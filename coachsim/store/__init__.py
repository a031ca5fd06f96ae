"""Persistence: SQLite file by default, PostgreSQL when COACHSIM_DATABASE_URL is set.

The store's classes load on first use: SQLAlchemy costs ~0.5 s, which the app's first page
(a scenario picker that reads no database) should not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coachsim.store.url import database_url

if TYPE_CHECKING:
    from coachsim.store.repo import CallRecord, CallSummary, Store

__all__ = ["CallRecord", "CallSummary", "Store", "database_url"]


def __getattr__(name: str) -> Any:
    if name in ("CallRecord", "CallSummary", "Store"):
        from coachsim.store import repo

        return getattr(repo, name)
    raise AttributeError(name)
