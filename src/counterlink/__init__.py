"""counterlink: screen hostile approaches on professional networks."""

__version__ = "0.1.0"
