"""Approaches as the scorer sees them: a matrix of finding strengths, one column per code.

Shared by training (:mod:`.train`) and the account calibration (:mod:`.accounts`), so both read
the findings the same way (the strongest finding of a code counts).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from counterlink.schema import Approach
from counterlink.signals.registry import Registry


def code_matrix(approaches: Sequence[Approach], registry: Registry) -> tuple[np.ndarray, list[str]]:
    """Rows: approaches; columns: every code the registry can emit (its strongest finding's
    strength if present, else 0)."""
    codes = sorted(registry.codes())
    column = {code: i for i, code in enumerate(codes)}
    matrix = np.zeros((len(approaches), len(codes)))
    for row, approach in enumerate(approaches):
        for finding in registry.run(approach):
            cell = (row, column[finding.code])
            matrix[cell] = max(matrix[cell], finding.strength)
    return matrix, codes
