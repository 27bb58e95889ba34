"""Fuzz tests: the web fixtures (the real app on a real database) are shared with tests/web."""

from tests.web.conftest import *  # noqa: F403
