"""LinkedIn member data export ("Get a copy of your data") → approaches.

Read the zip LinkedIn sends, or its unpacked folder, with :func:`read_export`. The formats and
their quirks are described in ``formats/ECOSYSTEM.md`` §1; each file has its own module here.
"""

from __future__ import annotations

from counterlink.ingest.linkedin.export import count_message_rows, is_linkedin_export, read_export
from counterlink.ingest.linkedin.records import LinkedInExport, Owner, RowProblem

__all__ = [
    "LinkedInExport",
    "Owner",
    "RowProblem",
    "count_message_rows",
    "is_linkedin_export",
    "read_export",
]
