"""Alembic environment: runs on the connection that counterlink.store.db.migrate passes in."""

from __future__ import annotations

from alembic import context

from counterlink.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run migrations through counterlink.store.db.migrate (or `counterlink db upgrade`)"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: later migrations rebuild tables in batch mode.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
