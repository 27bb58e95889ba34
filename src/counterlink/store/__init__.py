"""Persistence for the web app: SQLAlchemy tables, Alembic migrations and small services.

An edge around the core (DESIGN.md): the core never imports this package. Every service takes a
``sqlalchemy.orm.Session`` and plain arguments, so the CLI and the web app share one
implementation. Needs the ``web`` extra (``pip install counterlink[web]``).
"""
