"""Build screenshots with Pillow at test time, of invented people only.

Each builder draws what the real screen shows in the place it shows it: a LinkedIn message
thread (the other person's name and headline at the top, sender lines with times, date
separators, the "Write a message..." box), a WhatsApp chat (status bar, contact header, bubbles
left for them and right for you with their times inside), a WeChat chat (avatars, centred
times) and a LinkedIn profile top card. Also
a blank image, a truncated file and a 10000×10000 image kept tiny on disk (a 1-bit PNG).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

PERSONA = "Maren Okonkwo-Lindqvist"
HEADLINE = "Talent Partner at Helix Dynamics"
TARGET = "Sam Whitfield"
THREAD = [  # (sender, time, lines): as drawn in the LinkedIn thread
    (
        PERSONA,
        "10:42 AM",
        ["Hi Sam, I came across your profile and was", "impressed by your work on grid storage."],
    ),
    (PERSONA, "9:15 AM", ["We pay well for short reports. Can we talk on", "WhatsApp instead?"]),
    (TARGET, "9:30 AM", ["Thanks, but I am not interested."]),
]
WHATSAPP_NAME = "Li Wei"
WHATSAPP = [  # (side, time, lines): left is them, right is you
    ("left", "10:42", ["Hello Sam, nice to meet you."]),
    ("right", "10:45", ["Hi, who is this?"]),
    ("left", "10:46", ["I work for a consultancy in", "Shanghai. We pay for reports."]),
]
LOCATION = "Rotterdam, South Holland, Netherlands"
ABOUT = "I connect engineers with teams building tidal energy systems."


@cache
def _font_file(bold: bool) -> str | None:
    name = "DejaVuSans:bold" if bold else "DejaVuSans"
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", name], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found.endswith(".ttf") and Path(found).exists() and "DejaVu" in found:
            return found
    return None


def font(size: int = 22, *, bold: bool = False) -> Font:
    """DejaVu Sans where the machine has it, else Pillow's own scalable default font."""
    file = _font_file(bold)
    if file is not None:
        return ImageFont.truetype(file, size)
    return ImageFont.load_default(size=size)


@dataclass
class Screen:
    """A screenshot written to ``path`` and where each text was drawn: ``(text, box)``."""

    path: Path
    texts: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)

    def box_of(self, text: str) -> tuple[int, int, int, int]:
        return next(box for drawn, box in self.texts if drawn == text)


class _Canvas:
    """ImageDraw that remembers where it drew each text."""

    def __init__(self, image: Image.Image, screen: Screen) -> None:
        self.draw = ImageDraw.Draw(image)
        self.screen = screen

    def text(self, xy: tuple[float, float], text: str, fill: object, font: Font, **kw: str) -> None:
        self.draw.text(xy, text, fill=fill, font=font, **kw)  # type: ignore[arg-type]
        box = self.draw.textbbox(xy, text, font=font, **kw)  # type: ignore[arg-type]
        self.screen.texts.append((text, tuple(int(v) for v in box)))  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.draw, name)


def linkedin_thread(path: Path) -> Screen:
    """A LinkedIn conversation: header, two persona messages on two days, one reply."""
    image = Image.new("RGB", (1000, 860), "white")
    screen = Screen(path)
    draw = _Canvas(image, screen)
    draw.text((40, 24), PERSONA, fill=(20, 20, 20), font=font(26, bold=True))
    draw.text((40, 62), HEADLINE, fill=(90, 90, 90), font=font(20))
    draw.line((0, 104, 1000, 104), fill=(220, 220, 220), width=2)
    y = 130
    for number, (sender, time, lines) in enumerate(THREAD):
        if number in (0, 1):
            label = "MAR 4" if number == 0 else "TODAY"
            draw.line((40, y + 12, 420, y + 12), fill=(225, 225, 225), width=1)
            draw.line((580, y + 12, 960, y + 12), fill=(225, 225, 225), width=1)
            draw.text((500, y), label, fill=(100, 100, 100), font=font(18), anchor="ma")
            y += 50
        draw.text((40, y), sender, fill=(20, 20, 20), font=font(22, bold=True))
        left = 40 + draw.draw.textlength(sender, font=font(22, bold=True))
        draw.text((left + 14, y + 2), f"• {time}", fill=(110, 110, 110), font=font(18))
        y += 40
        for line in lines:
            draw.text((40, y), line, fill=(30, 30, 30), font=font(22))
            y += 32
        y += 24
    draw.rectangle((20, 760, 860, 830), outline=(200, 200, 200), width=2)
    draw.text((40, 782), "Write a message...", fill=(130, 130, 130), font=font(22))
    draw.rounded_rectangle((880, 772, 980, 818), radius=20, fill=(10, 102, 194))
    draw.text((930, 795), "Send", fill="white", font=font(20, bold=True), anchor="mm")
    image.save(path)
    return screen


def whatsapp_chat(path: Path) -> Screen:
    """A WhatsApp chat on a phone: status bar, contact, bubbles with times inside."""
    width = 720
    image = Image.new("RGB", (width, 1100), (236, 229, 221))
    screen = Screen(path)
    draw = _Canvas(image, screen)
    draw.text((30, 12), "9:41", fill="black", font=font(20, bold=True))
    draw.text((width - 30, 12), "100%", fill="black", font=font(20), anchor="ra")
    draw.rectangle((0, 50, width, 150), fill=(7, 94, 84))
    draw.text((110, 66), WHATSAPP_NAME, fill="white", font=font(26, bold=True))
    draw.text((110, 106), "online", fill=(220, 240, 235), font=font(18))
    draw.rounded_rectangle((90, 180, width - 90, 250), radius=10, fill=(255, 243, 196))
    for row, text in enumerate(
        ("Messages and calls are end-to-end encrypted.", "Tap to learn more.")
    ):
        draw.text((width // 2, 190 + row * 26), text, fill=(80, 70, 40), font=font(16), anchor="ma")
    draw.rounded_rectangle((width // 2 - 50, 276, width // 2 + 50, 310), radius=8, fill="white")
    draw.text((width // 2, 282), "TODAY", fill=(80, 80, 80), font=font(16), anchor="ma")
    y = 340
    for side, time, lines in WHATSAPP:
        body = font(22)
        text_width = max(draw.draw.textlength(line, font=body) for line in lines)
        bubble_width = int(text_width) + 100
        x0 = 24 if side == "left" else width - 24 - bubble_width
        height = 20 + 32 * len(lines) + 14
        colour = "white" if side == "left" else (220, 248, 198)
        draw.rounded_rectangle((x0, y, x0 + bubble_width, y + height), radius=12, fill=colour)
        for row, line in enumerate(lines):
            draw.text((x0 + 16, y + 14 + row * 32), line, fill=(20, 20, 20), font=body)
        draw.text(
            (x0 + bubble_width - 14, y + height - 26), time, fill=(110, 110, 110),
            font=font(16), anchor="ra",
        )  # fmt: skip
        y += height + 24
    draw.rounded_rectangle((12, 1020, width - 90, 1084), radius=30, fill="white")
    draw.text((40, 1040), "Type a message", fill=(140, 140, 140), font=font(22))
    image.save(path)
    return screen


WECHAT = [  # (side or "time", text lines): avatars beside the bubbles, centred times
    ("time", ["Yesterday 21:05"]),
    ("left", ["Hello, I am a researcher at a think tank", "in Beijing."]),
    ("right", ["Hello. How did you find me?"]),
    ("time", ["10:42"]),
    ("left", ["Through your papers. We would like to", "invite you to a paid workshop."]),
]


def wechat_chat(path: Path) -> Screen:
    """A WeChat chat: the name centred on top, avatars beside the bubbles, centred times."""
    width = 750
    image = Image.new("RGB", (width, 1200), (237, 237, 237))
    screen = Screen(path)
    draw = _Canvas(image, screen)
    draw.text((width // 2, 60), WHATSAPP_NAME, fill="black", font=font(26, bold=True), anchor="ma")
    y = 140
    for side, lines in WECHAT:
        if side == "time":
            draw.text((width // 2, y), lines[0], fill=(150, 150, 150), font=font(18), anchor="ma")
            y += 50
            continue
        body = font(22)
        bubble_width = int(max(draw.draw.textlength(line, font=body) for line in lines)) + 40
        height = 20 + 32 * len(lines)
        if side == "left":
            draw.rectangle((20, y, 90, y + 70), fill=(120, 160, 200))
            x0 = 110
        else:
            draw.rectangle((width - 90, y, width - 20, y + 70), fill=(200, 160, 120))
            x0 = width - 110 - bubble_width
        colour = "white" if side == "left" else (149, 236, 105)
        draw.rounded_rectangle((x0, y, x0 + bubble_width, y + height), radius=8, fill=colour)
        for row, line in enumerate(lines):
            draw.text((x0 + 20, y + 12 + row * 32), line, fill="black", font=body)
        y += max(height, 70) + 30
    draw.text((width // 2, 1150), "Hold to Talk", fill=(60, 60, 60), font=font(22), anchor="ma")
    image.save(path)
    return screen


def linkedin_profile(path: Path) -> Screen:
    """The top card of a LinkedIn profile and its About section."""
    image = Image.new("RGB", (1000, 720), "white")
    screen = Screen(path)
    draw = _Canvas(image, screen)
    draw.rectangle((0, 0, 1000, 160), fill=(160, 180, 200))
    draw.ellipse((40, 90, 200, 250), fill=(120, 120, 120), outline="white", width=5)
    draw.text((40, 270), PERSONA, fill=(20, 20, 20), font=font(30, bold=True))
    draw.text((40, 316), HEADLINE, fill=(40, 40, 40), font=font(22))
    draw.text((40, 354), f"{LOCATION} · Contact info", fill=(100, 100, 100), font=font(18))
    draw.text((40, 386), "500+ connections", fill=(10, 102, 194), font=font(18, bold=True))
    for x, label in ((40, "Message"), (200, "Connect"), (360, "More")):
        draw.rounded_rectangle((x, 426, x + 140, 470), radius=22, outline=(10, 102, 194), width=2)
        draw.text((x + 70, 448), label, fill=(10, 102, 194), font=font(18, bold=True), anchor="mm")
    draw.line((0, 500, 1000, 500), fill=(220, 220, 220), width=6)
    draw.text((40, 530), "About", fill=(20, 20, 20), font=font(26, bold=True))
    draw.text((40, 580), ABOUT, fill=(30, 30, 30), font=font(20))
    image.save(path)
    return screen


def blank(path: Path) -> Path:
    Image.new("RGB", (800, 600), (245, 245, 245)).save(path)
    return path


def corrupt(path: Path) -> Path:
    """A real PNG cut in half: the header reads, the pixels do not."""
    data = linkedin_profile(path).path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def huge(path: Path, width: int = 10_000, height: int = 10_000) -> Path:
    """A PNG whose header says ``width``×``height`` and which holds no pixels at all: 57 bytes
    on disk. Opening it reads the header; decoding it would fail (or allocate gigabytes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")
    )
    return path
