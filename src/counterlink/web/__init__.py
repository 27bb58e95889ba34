"""The web app for security teams (``counterlink serve``): report, triage, cases, dashboard.

A thin front end over the core (assessment) and the store (SQLAlchemy): FastAPI routes,
server-rendered Jinja2 pages and a JSON API under ``/api/v1``. Needs the ``web`` extra.
"""
