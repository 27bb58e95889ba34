"""Detectors: pure functions of an Approach that return Findings with evidence.

Every detector subclasses :class:`counterlink.signals.base.Detector`; the built-in ones are
listed explicitly in :mod:`counterlink.signals.registry`, the same way a third party adds one.
"""
