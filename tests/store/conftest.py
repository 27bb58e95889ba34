"""The store tests run every database fixture on SQLite and, when configured, PostgreSQL."""

from tests.dbfixtures import *  # noqa: F403
