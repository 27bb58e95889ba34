"""Read a LinkedIn member data export into approaches: the public entry points.

Files used: messages.csv and Invitations.csv (the approaches; at least one must be present),
Connections.csv (enriches personas), Profile.csv and Positions.csv (the owner, i.e. the target).
Everything else is listed as skipped. A damaged core file is an error; a damaged enrichment file
is recorded as a lost problem and left out, because the approaches can still be read.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from counterlink.errors import InvalidInput
from counterlink.ingest.linkedin import connections as connections_csv
from counterlink.ingest.linkedin import invitations as invitations_csv
from counterlink.ingest.linkedin import messages as messages_csv
from counterlink.ingest.linkedin import profile as profile_csv
from counterlink.ingest.linkedin.conversations import conversation_approaches, group_conversations
from counterlink.ingest.linkedin.csvfile import Table, TableSpec
from counterlink.ingest.linkedin.files import ExportFiles, find_root, folder_listing, is_export
from counterlink.ingest.linkedin.identity import name_key, profile_key
from counterlink.ingest.linkedin.owner import OwnerIdentity, find_owner
from counterlink.ingest.linkedin.records import LinkedInExport, Owner, RowProblem
from counterlink.ingest.linkedin.repairs import Repairs
from counterlink.schema import Target


def is_linkedin_export(path: Path) -> bool:
    """True for a .zip or folder holding messages.csv or Invitations.csv (any case) at its root
    or one level down. Only names are looked at; never raises."""
    return is_export(path)


def count_message_rows(path: Path) -> int | None:
    """A cheap upper bound on the message rows, to size a progress bar; None for a zip.

    Lines are counted, not records, so messages with line breaks make it an overestimate.
    """
    if not path.is_dir():
        return None
    names = folder_listing(path, depth=1)
    root = find_root(names)
    if root is None:
        return None
    name = next((n for n in names if n.casefold() == f"{root}messages.csv".casefold()), None)
    if name is None:
        return None
    lines = 0
    with (path / name).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(lines - 1, 0)


def read_export(path: Path, *, progress: Callable[[int], None] | None = None) -> LinkedInExport:
    """Every approach in the export at ``path`` (the zip or its unpacked folder).

    ``progress(n)`` is called with the number of message rows read since its last call, every
    1,000 rows and once at the end. Raises :class:`InvalidInput` or :class:`InvalidArchive` for
    an export that cannot be read; rows that cannot be read are returned as ``problems``.
    """
    with ExportFiles(path) as files, _gc_paused():
        return _Reading(files).run(progress)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of objects are built.

    Hardly anything built here forms a reference cycle, yet each allocation burst triggers full
    collections that cost about a third of the reading time. The previous state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Reading:
    """The state of reading one export: what was read, what went wrong, what was repaired."""

    def __init__(self, files: ExportFiles) -> None:
        self.files = files
        self.problems: list[RowProblem] = []
        self.repairs = Repairs()
        self.read: list[str] = []
        self.rows = 0
        self.at_root = {n.casefold(): n for n in files.names if "/" not in n}

    def table(self, name: str, spec: TableSpec, *, core: bool) -> Table | None:
        """The file ``name`` with its header found; None if absent or (not core) unusable."""
        actual = self.at_root.get(name.casefold())
        if actual is None:
            return None
        try:
            table = Table(actual, self.files.read(actual), spec, self.problems)
        except InvalidInput as exc:
            if core:
                # Named inside its zip or folder: "messages.csv" alone does not say which export.
                raise InvalidInput(
                    exc.message, file=self.files.where(actual), line=exc.line, field=exc.field
                ) from None
            self.problems.append(
                RowProblem(actual, exc.line, exc.field, f"{exc.message}; file not used", True)
            )
            return None
        self.read.append(actual)
        return table

    def messages(
        self, progress: Callable[[int], None] | None
    ) -> tuple[list[messages_csv.MessageRow], str]:
        """The rows of messages.csv and its name; its bytes are freed on return."""
        table = self.table("messages.csv", messages_csv.SPEC, core=True)
        if table is None:
            return [], "messages.csv"
        messages, n = messages_csv.read_messages(table, self.problems, self.repairs, progress)
        self.rows += n
        return messages, table.file

    def run(self, progress: Callable[[int], None] | None) -> LinkedInExport:
        if "messages.csv" not in self.at_root and "invitations.csv" not in self.at_root:
            raise InvalidInput(
                "not a LinkedIn data export: no messages.csv or Invitations.csv at its root "
                "or one level down",
                file=self.files.path,
            )
        facts, job = profile_csv.ProfileFacts(), profile_csv.CurrentJob()
        if table := self.table("Profile.csv", profile_csv.PROFILE_SPEC, core=False):
            facts, n = profile_csv.read_profile(table, self.repairs)
            self.rows += n
        if table := self.table("Positions.csv", profile_csv.POSITIONS_SPEC, core=False):
            job, n = profile_csv.read_current_job(table, self.problems, self.repairs)
            self.rows += n
        known = connections_csv.Connections()
        if table := self.table("Connections.csv", connections_csv.SPEC, core=False):
            known, n = connections_csv.read_connections(table, self.problems, self.repairs)
            self.rows += n
        invitations: list[invitations_csv.InvitationRow] = []
        invitations_file = "Invitations.csv"
        if table := self.table("Invitations.csv", invitations_csv.SPEC, core=True):
            invitations, n = invitations_csv.read_invitations(table, self.problems, self.repairs)
            invitations_file = table.file
            self.rows += n
        messages, messages_file = self.messages(progress)

        name, url = find_owner(facts.name, invitations, messages)
        owner = Owner(name, url, facts.headline, job.organisation, job.role)
        if name is None and url is None and messages:
            self.problems.append(
                RowProblem(
                    messages_file,
                    None,
                    None,
                    "could not tell who owns this export (no Profile.csv name, no invitation, "
                    "no clear profile URL): every message is treated as the other party's",
                    False,
                )
            )
        target = None
        if name or job.organisation or job.role:
            target = Target(name=name, organisation=job.organisation, role=job.role)
        identity = OwnerIdentity(key=profile_key(url), name=name_key(name))
        conversations = group_conversations(messages)
        messages.clear()  # each conversation's rows are freed once its approach is built
        approaches = conversation_approaches(conversations, identity, target, known, messages_file)
        approaches += invitations_csv.invitation_approaches(
            invitations, target, known, invitations_file
        )
        problems = self.problems + self.repairs.problems()
        problems.sort(key=lambda p: (p.file, p.row or 0))
        skipped = self.files.skipped + [n for n in self.files.names if n not in self.read]
        return LinkedInExport(
            approaches=approaches,
            owner=owner,
            problems=problems,
            files_read=list(self.read),
            files_skipped=skipped,
            rows_read=self.rows,
        )
