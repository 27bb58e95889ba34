"""Write a large synthetic LinkedIn data export (unpacked folder) for the speed benchmark.

The files follow the newest export format byte for byte: the 13-column messages header with
every field quoted, CRLF line ends, a BOM on messages.csv, the ``Notes:`` preamble on
Connections.csv, the 7-column Invitations.csv. Content is random but shaped like the real thing:
conversations of a few to a few dozen messages, multi-line bodies, some non-ASCII text, a few
sponsored InMails in HTML, a few hidden members and mojibake names.

    python benchmarks/make_export.py out/export --messages 100000 --seed 1
"""

from __future__ import annotations

import argparse
import base64
import csv
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from counterlink.ingest.linkedin.connections import SPEC as CONNECTIONS
from counterlink.ingest.linkedin.invitations import SPEC as INVITATIONS
from counterlink.ingest.linkedin.messages import SPEC as MESSAGES
from counterlink.ingest.linkedin.profile import PROFILE_SPEC

# The headers are the reader's own: one definition of the newest LinkedIn format.
MESSAGES_HEADER = list(MESSAGES.columns)
CONNECTIONS_PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\r\n'
    "\r\n"
)
# fmt: off
FIRST = ["Amelia", "Oliver", "Priya", "James", "Wei", "Sofia", "Mohammed", "Hannah", "Lucas",
         "Chloe", "Arjun", "Grace", "Ethan", "Mei", "Noah", "Zara", "Daniel", "Aisha", "Tom",
         "Elena", "René", "Siobhán", "Łukasz"]
LAST = ["Smith", "Jones", "Patel", "Chen", "Williams", "Brown", "Taylor", "Khan", "Wilson",
        "Evans", "Zhang", "Li", "Wright", "Walker", "Hughes", "Roberts", "Müller", "O'Brien",
        "Nowak", "García"]
COMPANIES = ["Quantinuum", "Oxford Ionics", "Riverlane", "Arm", "DeepMind",
             "Imperial College London", "University of Bristol", "Hays", "Harnham",
             "Michael Page", "Phasecraft", "Universal Quantum", "NPL", "Rolls-Royce",
             "BAE Systems"]
TITLES = ["Research Scientist", "Senior Recruiter", "Principal Engineer", "Talent Partner",
          "Professor", "Postdoctoral Researcher", "Account Executive", "Head of Partnerships",
          "Software Engineer", "Event Manager"]
# fmt: on
SENTENCES = [
    "Thanks for connecting!",
    "Hope you are well.",
    "Are you free for a quick call next week?",
    "I saw your talk on trapped-ion error correction and found it really interesting.",
    "We have an opening for a senior researcher on our hardware team in Cambridge.",
    "Could you share the slides from the workshop?",
    "Let me know if Tuesday at 10:00 works for you.",
    "Great to meet you at the conference – let’s stay in touch.",
    "I’ll forward the details to my colleague.",
    "Would you be interested in speaking at our summit in Berlin?",
    "Our client is a well-funded scale-up working on photonic interconnects.",
    "Happy to help with the reference letter 🙂",
    "The paper draft is in the shared folder; comments welcome.",
    "Can you send me your updated CV and salary expectations?",
]


def _conversation_id(rng: random.Random) -> str:
    raw = f"{uuid.UUID(int=rng.getrandbits(128))}_010".encode()
    return "2-" + base64.b64encode(raw).decode()


def _person(rng: random.Random, n: int) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    slug = f"{first}-{last}".lower().replace("'", "").replace(" ", "-")
    return f"{first} {last}", f"https://www.linkedin.com/in/{slug}-{n:08x}"


def _body(rng: random.Random) -> str:
    lines = [" ".join(rng.sample(SENTENCES, rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
    return "\r\n\r\n".join(lines) if rng.random() < 0.3 else " ".join(lines)


def _sponsored(rng: random.Random) -> str:
    paragraphs = ["Hi %FIRSTNAME%,", "", rng.choice(SENTENCES), "", "Best regards,", "The team"]
    return "".join(f'<p class="spinmail-quill-editor__spin-break">{p}</p>' for p in paragraphs)


def write_export(folder: Path, n_messages: int, seed: int) -> Path:
    """Write an export with about ``n_messages`` messages into ``folder``; return ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    owner, owner_url = "Eleanor Whitcombe", "https://www.linkedin.com/in/eleanor-whitcombe-q"
    start = datetime(2019, 1, 1)
    people = [_person(rng, i) for i in range(max(10, n_messages // 10))]

    with (folder / "messages.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(MESSAGES_HEADER)
        written = 0
        while written < n_messages:
            name, url = rng.choice(people)
            if rng.random() < 0.01:
                name = name.encode("utf-8").decode("latin-1")  # mojibake seen in FROM
            sponsored = rng.random() < 0.01
            if sponsored:
                name, url = "LinkedIn Member", ""
            conversation = _conversation_id(rng)
            size = 1 if sponsored else min(rng.randint(1, 19), n_messages - written)
            when = start + timedelta(seconds=rng.randint(0, 7 * 365 * 86400))
            rows = []
            for i in range(size):
                mine = i % 2 == 1
                when += timedelta(minutes=rng.randint(1, 3000))
                rows.append(
                    [
                        conversation,
                        "",
                        owner if mine else name,
                        owner_url if mine else url,
                        name if mine else owner,
                        url if mine else owner_url,
                        when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                        "Opportunity" if i == 0 and rng.random() < 0.2 else "",
                        _sponsored(rng) if sponsored else _body(rng),
                        "SPAM" if rng.random() < 0.005 else "INBOX",
                        "",
                        "No",
                        "No",
                    ]
                )
            writer.writerows(reversed(rows))  # exports list the newest message first
            written += size

    with (folder / "Connections.csv").open("w", encoding="utf-8", newline="") as out:
        out.write(CONNECTIONS_PREAMBLE)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(list(CONNECTIONS.columns))
        for name, url in people:
            if rng.random() < 0.02:
                writer.writerow(["", "", "", "", "", "", "07 Jun 2024"])  # hidden member
                continue
            first, _, last = name.partition(" ")
            day = start + timedelta(days=rng.randint(0, 2500))
            connected = f"{day.day} {day.strftime('%b %Y')}"
            writer.writerow(
                [first, last, url, "", rng.choice(COMPANIES), rng.choice(TITLES), connected]
            )

    with (folder / "Invitations.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(list(INVITATIONS.columns))
        for _ in range(max(1, n_messages // 100)):
            name, url = rng.choice(people)
            day = start + timedelta(minutes=rng.randint(0, 7 * 365 * 1440))
            sent = f"{day.month}/{day.day}/{day:%y}, {int(day.strftime('%I'))}:{day:%M %p}"
            if rng.random() < 0.3:
                writer.writerow([owner, name, sent, "", "OUTGOING", owner_url, url])
            else:
                message = rng.choice(SENTENCES) if rng.random() < 0.5 else ""
                writer.writerow([name, owner, sent, message, "INCOMING", url, owner_url])

    with (folder / "Profile.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(list(PROFILE_SPEC.columns))
        writer.writerow(
            ["Eleanor", "Whitcombe", "", "", "", "Quantum error correction researcher", "",
             "Research Services", "", "Oxford, England, United Kingdom", "", "", ""]
        )  # fmt: skip

    with (folder / "Positions.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
        )
        writer.writerow(
            ["Qubitline Ltd", "Senior Research Scientist", "", "Oxford", "Mar 2022", ""]
        )
        writer.writerow(
            ["University of Oxford", "Postdoctoral Researcher", "", "", "Oct 2018", "Feb 2022"]
        )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the export (created)")
    parser.add_argument("--messages", type=int, default=100_000, help="number of messages")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same files)")
    args = parser.parse_args()
    print(write_export(args.folder, args.messages, args.seed))


if __name__ == "__main__":
    main()
