"""Screenshots → approaches: opening images safely, OCR with Tesseract, and the splitter.

The splitter and the image checks are tested on hand-made OCR lines and generated files and run
everywhere; the end-to-end tests need the Tesseract program and skip without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PIL")

from PIL import Image

from counterlink.errors import InvalidInput
from counterlink.ingest.images import ocr as ocr_module
from counterlink.ingest.images.evidence import FROM_OCR, mark_ocr_findings
from counterlink.ingest.images.ocr import (
    OcrLine,
    OcrWord,
    TesseractMissing,
    lines_from_data,
    make_line,
    ocr_lines,
    prepare,
    tesseract_available,
)
from counterlink.ingest.images.open import open_image
from counterlink.ingest.images.regions import ocr_of
from counterlink.ingest.images.screenshot import (
    SOURCE,
    approach_from_lines,
    read_screenshot,
    split_lines,
)
from counterlink.schema import Approach, Evidence, Finding
from tests.ingest import screenshots


def needs_tesseract() -> None:
    if not tesseract_available():
        pytest.skip("tesseract-ocr is not installed: apt-get install tesseract-ocr")


def line(
    text: str,
    x: int,
    y: int,
    *,
    conf: float = 95.0,
    char: int = 11,
    height: int = 22,
    gap_before_last: int | None = None,
    weak: dict[str, float] | None = None,
) -> OcrLine:
    """An OCR line as Tesseract gives one: its words laid out left to right from (x, y)."""
    words = []
    left = x
    parts = text.split()
    for i, part in enumerate(parts):
        if i == len(parts) - 1 and gap_before_last is not None and i:
            left += gap_before_last - char
        right = left + char * len(part)
        confidence = (weak or {}).get(part, conf)
        words.append(OcrWord(part, (left, y, right, y + height), confidence))
        left = right + char
    return make_line(words)


def text_at(message_text: str, box: list[int]) -> str:
    return message_text[box[4] : box[5]]


# -- opening images ---------------------------------------------------------------------------


def test_open_image_returns_the_decoded_image_and_the_bytes_read(tmp_path: Path) -> None:
    screen = screenshots.linkedin_thread(tmp_path / "thread.png")
    image, data = open_image(screen.path)
    assert image.size == (1000, 860)
    assert data == screen.path.read_bytes()
    assert image.getpixel((5, 5)) == (255, 255, 255)  # decoded, not just opened


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90° clockwise to view
    Image.new("RGB", (200, 100), "white").save(path, exif=exif)
    image, _ = open_image(path)
    assert image.size == (100, 200)


def test_a_truncated_image_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = screenshots.corrupt(tmp_path / "cut.png")
    with pytest.raises(InvalidInput, match="cannot be read as an image") as caught:
        open_image(path)
    assert caught.value.file == str(path)


@pytest.mark.parametrize("content", [b"", b"hello, this is text\n", b"\x89PNG\r\n\x1a\nnope"])
def test_what_is_not_an_image_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not.png"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match="cannot be read as an image") as caught:
        open_image(path)
    assert caught.value.file == str(path)


@pytest.mark.parametrize(
    ("width", "height", "said"),
    [
        (10_000, 10_000, "10000×10000 pixels (100 megapixels)"),  # Pillow only warns
        (7_000, 6_000, "7000×6000 pixels (42 megapixels)"),  # Pillow says nothing
        (20_000, 20_000, "400 megapixels"),  # Pillow refuses itself
    ],
)
def test_an_image_over_40_megapixels_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int, height: int, said: str
) -> None:
    from PIL import ImageFile

    def no_decoding(self: object) -> None:
        raise AssertionError("decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    path = screenshots.huge(tmp_path / "huge.png", width, height)
    assert path.stat().st_size < 100
    with pytest.raises(InvalidInput) as caught:
        open_image(path)
    assert said in caught.value.message
    assert "up to 40 megapixels — crop or scale the screenshot" in caught.value.message
    assert caught.value.file == str(path)


def test_without_pillow_the_install_command_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = screenshots.blank(tmp_path / "b.png")
    monkeypatch.setitem(sys.modules, "PIL", None)
    with pytest.raises(InvalidInput, match=r"pip install 'counterlink\[evidence\]'"):
        open_image(path)


# -- OCR plumbing (no Tesseract needed) -------------------------------------------------------


def _data(rows: list[tuple[str, float, int, int, int, int, tuple[int, int, int]]]) -> dict:
    keys = ("text", "conf", "left", "top", "width", "height")
    data: dict[str, list] = {k: [] for k in (*keys, "block_num", "par_num", "line_num")}
    for text, conf, left, top, width, height, (block, par, number) in rows:
        for key, value in zip(keys, (text, conf, left, top, width, height), strict=True):
            data[key].append(value)
        data["block_num"].append(block)
        data["par_num"].append(par)
        data["line_num"].append(number)
    return data


def test_tesseract_data_is_grouped_into_lines_in_image_coordinates() -> None:
    data = _data(
        [
            ("", -1, 0, 0, 2000, 1000, (1, 0, 0)),  # Tesseract's page/block rows
            ("|", 90, 80, 40, 10, 40, (1, 1, 1)),
            ("work", 80, 100, 40, 80, 40, (1, 1, 1)),
            ("here", 70, 200, 40, 80, 40, (1, 1, 1)),
            ("10:42", 96, 1700, 44, 90, 36, (1, 1, 1)),  # far along the same line: its own
            ("Next", 50, 80, 100, 80, 40, (1, 1, 2)),
        ]
    )
    lines = lines_from_data(data, scale=2.0)
    assert [x.text for x in lines] == ["I work here", "10:42", "Next"]
    assert lines[0].box == (40, 20, 140, 40)
    assert lines[0].confidence == 80.0
    assert lines[1].box == (850, 22, 895, 40)
    assert [w.text for w in lines[0].words] == ["I", "work", "here"]


def test_bars_read_for_capital_i_or_dropped_as_edges() -> None:
    data = _data(
        [
            ("Partner", 95, 0, 0, 140, 30, (1, 1, 1)),
            ("|", 90, 150, 0, 8, 30, (1, 1, 1)),
            ("Helix", 95, 170, 0, 100, 30, (1, 1, 1)),
            ("|'m", 90, 0, 50, 40, 30, (1, 1, 2)),
            ("here", 95, 50, 50, 80, 30, (1, 1, 2)),
            ("|", 0, 160, 40, 30, 90, (1, 1, 2)),  # an avatar's edge: tall, close by
            ("|", 20, 0, 200, 8, 30, (1, 1, 3)),  # alone
        ]
    )
    assert [x.text for x in lines_from_data(data)] == ["Partner | Helix", "I'm here"]
    assert lines_from_data(data)[1].box == (0, 50, 130, 80)


def test_small_images_are_enlarged_and_dark_ones_inverted() -> None:
    crop = Image.new("RGB", (300, 80), "white")
    grey, scale = prepare(crop)
    assert scale == 4.0 and grey.size == (1200, 320) and grey.mode == "L"
    phone, scale = prepare(Image.new("RGB", (1080, 2340), "white"))
    assert scale == 1.0 and phone.size == (1080, 2340)
    dark, _ = prepare(Image.new("RGB", (1200, 800), (20, 20, 20)))
    assert dark.getpixel((0, 0)) > 200
    clear, _ = prepare(Image.new("RGBA", (1200, 800), (0, 0, 0, 0)))
    assert clear.getpixel((0, 0)) == 255  # transparency is white paper, not black


def test_without_the_tesseract_program_it_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr_module.tesseract_version.cache_clear()
    try:
        assert not tesseract_available()
        with pytest.raises(TesseractMissing) as caught:
            ocr_lines(Image.new("RGB", (100, 100), "white"))
    finally:
        ocr_module.tesseract_version.cache_clear()
    assert isinstance(caught.value, InvalidInput)
    assert "apt-get install tesseract-ocr" in caught.value.message
    assert "brew install tesseract" in caught.value.message


def test_read_screenshot_without_tesseract_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    path = screenshots.linkedin_thread(tmp_path / "t.png").path
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr_module.tesseract_version.cache_clear()
    try:
        with pytest.raises(TesseractMissing) as caught:
            read_screenshot(path)
    finally:
        ocr_module.tesseract_version.cache_clear()
    assert caught.value.file == str(path)


# -- the splitter, on hand-made OCR lines -----------------------------------------------------

THREAD_LINES = [
    line("Maren Okonkwo-Lindqvist", 40, 29),
    line("Talent Partner at Helix Dynamics", 40, 66, height=19),
    line("MAR 4", 471, 134, height=13),
    line("Maren Okonkwo-Lindqvist • 10:42 AM", 40, 184),
    line("Hi Sam, I came across your profile and was", 40, 224),
    line("impressed by your work on grid storage.", 40, 256),
    line("TODAY", 470, 312, height=13),
    line("Maren Okonkwo-Lindqvist + 9:15 AM", 40, 362),
    line("We pay well for short reports. Can we talk on", 40, 402),
    line("WhatsApp instead?", 40, 434),
    line("Sam Whitfield - 9:30 AM", 40, 490),
    line("Thanks, but I am not interested.", 40, 530),
    line("Write a message...", 40, 786),
    line("Send", 900, 786),
]


def test_a_linkedin_thread_is_split_into_header_and_messages() -> None:
    approach = approach_from_lines(THREAD_LINES, "thread.png", width=1000, height=860)
    assert approach is not None
    assert approach.source == SOURCE
    assert approach.channel == "linkedin"  # "WhatsApp" in a message does not make it WhatsApp
    assert approach.persona is not None
    assert approach.persona.name == "Maren Okonkwo-Lindqvist"
    assert approach.persona.headline == "Talent Partner at Helix Dynamics"
    assert approach.target is not None and approach.target.name == "Sam Whitfield"
    got = [(m.sender, m.text, getattr(m, "sent_at_shown", None)) for m in approach.messages]
    assert got == [
        (
            "persona",
            "Hi Sam, I came across your profile and was impressed by your work on grid storage.",
            "MAR 4 10:42 AM",
        ),
        ("persona", "We pay well for short reports. Can we talk on WhatsApp instead?",
         "TODAY 9:15 AM"),
        ("target", "Thanks, but I am not interested.", "TODAY 9:30 AM"),
    ]  # fmt: skip
    extracted = (approach.annotations or {})["extracted_from"]
    assert extracted["method"] == "ocr" and extracted["file"] == "thread.png"
    assert extracted["layout"] == "named"
    assert set(extracted["ui_text"]) == {"Write a message...", "Send"}


def test_every_message_box_is_the_line_its_text_was_read_from() -> None:
    approach = approach_from_lines(THREAD_LINES, "thread.png", width=1000, height=860)
    assert approach is not None
    by_text = {x.text: x.box for x in THREAD_LINES}
    for message in approach.messages:
        ocr = message.ocr  # type: ignore[attr-defined]
        assert ocr["file"] == "thread.png"
        assert " ".join(text_at(message.text, b) for b in ocr["boxes"]) == message.text
        for box in ocr["boxes"]:
            assert tuple(box[:4]) == by_text[text_at(message.text, box)]
    # and through regions.ocr_of, which the assessor and web read
    found = ocr_of(approach, "messages[1].text")
    assert found is not None and found[0] == "thread.png"
    assert [b[:4] for b in found[1]] == [
        list(by_text["We pay well for short reports. Can we talk on"]),
        list(by_text["WhatsApp instead?"]),
    ]
    name = ocr_of(approach, "persona.name")
    assert name == ("thread.png", [[40, 29, *by_text["Maren Okonkwo-Lindqvist"][2:], 0, 23]])


def test_a_date_with_its_year_gives_an_iso_time() -> None:
    lines = [
        line("Li Wei", 40, 20),
        line("March 4, 2024", 400, 80),
        line("Li Wei • 3:05 PM", 40, 130),
        line("Hello Sam.", 40, 170),
    ]
    approach = approach_from_lines(lines, "x.png", width=1000, height=400)
    assert approach is not None
    assert approach.messages[0].sent_at == "2024-03-04T15:05:00"


def test_without_a_header_the_first_sender_is_the_persona_and_you_the_target() -> None:
    lines = [
        line("Daniel Brooks • 10:42 AM", 40, 20),
        line("Are you free for a call?", 40, 60),
        line("You • 10:50 AM", 40, 120),
        line("Who are you?", 40, 160),
        line("Daniel Brooks", 40, 220),  # a repeated name without a time opens a message too
        line("A friend of a friend.", 40, 260),
    ]
    approach = approach_from_lines(lines, "x.png", width=1000, height=400)
    assert approach is not None and approach.persona is not None
    assert approach.persona.name == "Daniel Brooks"
    name_box = approach.persona.ocr["fields"]["name"][0]  # type: ignore[attr-defined]
    assert name_box[:2] == [40, 20] and name_box[2] < lines[0].words[2].box[0]  # not the time
    assert [(m.sender, m.text) for m in approach.messages] == [
        ("persona", "Are you free for a call?"),
        ("target", "Who are you?"),
        ("persona", "A friend of a friend."),
    ]
    assert approach.target is None


def test_inmail_subject_is_kept_as_the_first_line() -> None:
    lines = [
        line("Maren Okonkwo-Lindqvist", 40, 20),
        line("Talent Partner at Helix Dynamics", 40, 56),
        line("InMail", 40, 100),
        line("Maren Okonkwo-Lindqvist • 10:42 AM", 40, 140),
        line("Paid advisory opportunity", 40, 180),
        line("We are looking for experts in grid storage.", 40, 212),
    ]
    approach = approach_from_lines(lines, "x.png", width=1000, height=400)
    assert approach is not None
    message = approach.messages[0]
    assert message.subject == "Paid advisory opportunity"  # type: ignore[attr-defined]
    assert message.text == (
        "Paid advisory opportunity\nWe are looking for experts in grid storage."
    )
    assert approach.channel == "linkedin"


WHATSAPP_LINES = [
    line("9:41", 31, 16, height=15),
    line("100%", 635, 16, height=15),
    line("Li Wei", 112, 71),
    line("online", 111, 109, height=14),
    line("Messages and calls are end-to-end encrypted.", 177, 193, height=15, char=8),
    line("TODAY", 333, 285, height=12),
    line("Hello Sam, nice to meet you.", 42, 358),
    line("10:42", 384, 383, height=12, char=8),
    line("Hi, who is this? 10:45", 449, 448, gap_before_last=40),  # time on the text's line
    line("I work for a consultancy in", 42, 538),
    line("Shanghai. We pay for reports.", 42, 570),
    line("10:46", 394, 595, height=12, char=8),
    line("Type a message", 40, 1045),
]


def test_whatsapp_bubbles_left_are_the_persona_right_the_target() -> None:
    approach = approach_from_lines(WHATSAPP_LINES, "wa.png", width=720, height=1100)
    assert approach is not None
    assert approach.channel == "whatsapp"
    assert approach.persona is not None and approach.persona.name == "Li Wei"
    got = [(m.sender, m.text, getattr(m, "sent_at_shown", None)) for m in approach.messages]
    assert got == [
        ("persona", "Hello Sam, nice to meet you.", "TODAY 10:42"),
        ("target", "Hi, who is this?", "TODAY 10:45"),
        ("persona", "I work for a consultancy in Shanghai. We pay for reports.", "TODAY 10:46"),
    ]
    # The box of a line whose time was cut off covers the text, not the time.
    box = approach.messages[1].ocr["boxes"][0]  # type: ignore[attr-defined]
    assert box[0] == 449 and box[2] < WHATSAPP_LINES[8].words[-1].box[0]
    extracted = (approach.annotations or {})["extracted_from"]
    assert extracted["layout"] == "bubbles"
    assert "9:41" not in " ".join(extracted.get("ui_text", []))


def test_a_time_inside_a_sentence_is_not_cut_off() -> None:
    lines = [line("Li Wei", 40, 20), line("online", 40, 50), line("Meet at 10:30", 40, 120),
             line("Sure 10:31", 500, 200, gap_before_last=60)]  # fmt: skip
    approach = approach_from_lines(lines, "x.png", width=720, height=1100)
    assert approach is not None
    assert [(m.sender, m.text) for m in approach.messages] == [
        ("persona", "Meet at 10:30"),
        ("target", "Sure"),
    ]


@pytest.mark.parametrize("first", ["Hi Sam", "Wei Zhang"])
def test_a_first_bubble_is_not_taken_for_the_header(first: str) -> None:
    lines = [
        line(first, 42, 358),  # a greeting, or a name alone in a bubble, then its time
        line("10:42", 140, 383, height=12, char=8),
        line("Who is this?", 500, 448),
        line("10:45", 600, 473, height=12, char=8),
    ]
    approach = approach_from_lines(lines, "x.png", width=720, height=1100)
    assert approach is not None and approach.persona is None
    assert [(m.sender, m.text) for m in approach.messages] == [
        ("persona", first),
        ("target", "Who is this?"),
    ]


PROFILE_LINES = [
    line("Maren Okonkwo-Lindqvist · 2nd", 40, 275, height=29),
    line("Talent Partner at Helix Dynamics", 40, 320),
    line("Rotterdam, South Holland, Netherlands · Contact info", 40, 357, height=16, char=9),
    line("1,204 followers · 500+ connections", 40, 389, height=14),
    line("(tessage) (comect) (_ore_)", 40, 428, conf=24.0),
    line("About", 40, 535),
    line("I connect engineers with teams building tidal energy systems.", 40, 584),
    line("Experience", 40, 640),
    line("Talent Partner", 40, 680),
    line("Helix Dynamics", 40, 710),
]


def test_a_profile_screenshot_fills_the_persona() -> None:
    split = split_lines(PROFILE_LINES, "profile.png", width=1000, height=760)
    approach = split.approach
    assert approach is not None and approach.persona is not None
    persona = approach.persona
    assert persona.name == "Maren Okonkwo-Lindqvist"
    assert persona.headline == "Talent Partner at Helix Dynamics"
    assert persona.location == "Rotterdam, South Holland, Netherlands"
    assert (persona.connections, persona.followers) == (500, 1204)
    assert persona.about == "I connect engineers with teams building tidal energy systems."
    assert persona.other_sections == {"experience": "Talent Partner Helix Dynamics"}  # type: ignore[attr-defined]
    assert approach.messages == []
    assert approach.channel == "linkedin"
    fields = persona.ocr["fields"]  # type: ignore[attr-defined]
    assert fields["name"][0][4:] == [0, len("Maren Okonkwo-Lindqvist")]
    assert fields["name"][0][2] < PROFILE_LINES[0].box[2]  # the degree is not in the box
    # the unreadable buttons: left out, said, with where they are
    assert [(p.row, p.lost) for p in split.problems] == [(5, True)]
    assert "[40, 428" in split.problems[0].message and "confidence 24" in split.problems[0].message


def test_low_confidence_words_in_a_kept_line_are_a_warning() -> None:
    lines = [line("Please send me the floor plans", 40, 40, weak={"plans": 12.0})]
    split = split_lines(lines, "x.png", width=800, height=200)
    assert split.approach is not None
    assert split.approach.messages[0].text == "Please send me the floor plans"
    assert [(p.lost, "'plans' (12)" in p.message) for p in split.problems] == [(False, True)]


def test_plain_text_is_one_persona_message_with_its_paragraphs() -> None:
    lines = [
        line("Dear Dr Okafor,", 40, 40),
        line("I read your paper on battery chemistry and", 40, 100),
        line("would value a short call.", 40, 130),
    ]
    approach = approach_from_lines(lines, "x.png", width=800, height=300)
    assert approach is not None and approach.persona is None
    assert [(m.sender, m.text) for m in approach.messages] == [
        (
            "persona",
            "Dear Dr Okafor,\nI read your paper on battery chemistry and would value a short call.",
        )
    ]
    assert approach.channel == "unknown"


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [line("Send", 900, 786), line("Write a message...", 40, 786), line("©", 10, 10)],
        [line("smudge", 40, 40, conf=10.0)],
    ],
)
def test_no_usable_text_gives_none(lines: list[OcrLine]) -> None:
    assert approach_from_lines(lines, "x.png", width=1000, height=860) is None


def test_more_than_one_other_sender_is_said() -> None:
    lines = [
        line("Li Wei", 40, 20),
        line("Director at Example Capital", 40, 56),
        line("TODAY", 480, 100),
        line("Li Wei • 9:00 AM", 40, 140),
        line("Welcome all.", 40, 180),
        line("Ana Silva • 9:05 AM", 40, 230),
        line("Thanks.", 40, 270),
        line("Tom Reed • 9:06 AM", 40, 320),
        line("Hello.", 40, 360),
    ]
    split = split_lines(lines, "x.png", width=1000, height=500)
    assert split.approach is not None and split.approach.target is None
    assert [m.sender for m in split.approach.messages] == ["persona", "target", "target"]
    assert any("more than one other sender" in p.message for p in split.problems)


# -- evidence ---------------------------------------------------------------------------------


def test_findings_on_ocr_text_say_so_and_carry_their_regions() -> None:
    approach = approach_from_lines(THREAD_LINES, "thread.png", width=1000, height=860)
    assert approach is not None
    text = approach.messages[1].text
    start = text.index("WhatsApp")
    findings = [
        Finding(
            code="message.off_platform",
            category="message",
            title="Asks to move to another app",
            evidence=[
                Evidence(field="messages[1].text", excerpt="WhatsApp", start=start, end=start + 8)
            ],
        ),
        Finding(
            code="profile.x",
            category="profile",
            title="Headline (from OCR)",
            evidence=[
                Evidence(field="account", excerpt="x", start=0, end=1),
                Evidence(field="persona.headline", excerpt="Talent", start=0, end=6),
            ],
        ),
        Finding(code="other", category="message", title="Not from OCR", evidence=[]),
    ]
    marked, regions = mark_ocr_findings(approach, findings)
    assert [f.title for f in marked] == [
        "Asks to move to another app" + FROM_OCR,
        "Headline (from OCR)",
        "Not from OCR",
    ]
    assert findings[0].title == "Asks to move to another app"  # not changed in place
    whatsapp_line = next(x for x in THREAD_LINES if x.text == "WhatsApp instead?")
    assert regions == {
        (0, 0): {"file": "thread.png", "boxes": [list(whatsapp_line.box)]},
        (1, 1): {"file": "thread.png", "boxes": [[40, 66, *THREAD_LINES[1].box[2:]]]},
    }


def test_findings_on_an_approach_not_read_by_ocr_are_unchanged() -> None:
    approach = Approach.model_validate(
        {"schema": "counterlink.approach/1", "messages": [{"sender": "persona", "text": "Hi"}]}
    )
    finding = Finding(
        code="c",
        category="message",
        title="T",
        evidence=[Evidence(field="messages[0].text", excerpt="Hi", start=0, end=2)],
    )
    assert mark_ocr_findings(approach, [finding]) == ([finding], {})


# -- end to end, with Tesseract ---------------------------------------------------------------


def _overlaps(a: list[int] | tuple[int, ...], b: tuple[int, int, int, int]) -> bool:
    """Whether box ``a`` covers most of drawn box ``b`` (within a few pixels)."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[2], b[2]), min(a[3], b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter >= 0.8 * (b[2] - b[0]) * (b[3] - b[1])


def test_a_linkedin_thread_screenshot_is_read(tmp_path: Path) -> None:
    needs_tesseract()
    screen = screenshots.linkedin_thread(tmp_path / "thread.png")
    loaded = read_screenshot(screen.path)
    (approach,) = loaded.approaches
    assert approach.persona is not None
    assert approach.persona.name == screenshots.PERSONA
    assert approach.persona.headline == screenshots.HEADLINE
    assert approach.channel == "linkedin"
    assert approach.target is not None and approach.target.name == screenshots.TARGET
    expected = [
        ("persona" if sender == screenshots.PERSONA else "target", " ".join(lines))
        for sender, _time, lines in screenshots.THREAD
    ]
    assert [(m.sender, m.text) for m in approach.messages] == expected
    for message, (_sender, _time, lines) in zip(approach.messages, screenshots.THREAD, strict=True):
        boxes = message.ocr["boxes"]  # type: ignore[attr-defined]
        assert len(boxes) == len(lines)
        for box, drawn in zip(boxes, lines, strict=True):
            assert text_at(message.text, box) == drawn
            assert _overlaps(box, screen.box_of(drawn))
    extracted = (approach.annotations or {})["extracted_from"]
    assert extracted["engine"].startswith("tesseract ")
    assert extracted["mean_confidence"] > 70
    assert loaded.rows_lost == 0


def test_a_whatsapp_screenshot_is_read_by_side(tmp_path: Path) -> None:
    needs_tesseract()
    screen = screenshots.whatsapp_chat(tmp_path / "wa.png")
    (approach,) = read_screenshot(screen.path).approaches
    assert approach.channel == "whatsapp"
    assert approach.persona is not None and approach.persona.name == screenshots.WHATSAPP_NAME
    expected = [
        ("persona" if side == "left" else "target", " ".join(lines), time)
        for side, time, lines in screenshots.WHATSAPP
    ]
    got = [(m.sender, m.text, m.sent_at_shown.split()[-1]) for m in approach.messages]  # type: ignore[attr-defined]
    assert got == expected
    first = approach.messages[0].ocr["boxes"][0]  # type: ignore[attr-defined]
    assert _overlaps(first, screen.box_of(screenshots.WHATSAPP[0][2][0]))


def test_a_wechat_screenshot_is_read_by_side(tmp_path: Path) -> None:
    needs_tesseract()
    screen = screenshots.wechat_chat(tmp_path / "wechat.png")
    (approach,) = read_screenshot(screen.path).approaches
    assert approach.channel == "wechat"
    assert approach.persona is not None and approach.persona.name == screenshots.WHATSAPP_NAME
    expected = [
        ("persona" if side == "left" else "target", " ".join(lines))
        for side, lines in screenshots.WECHAT
        if side != "time"
    ]
    # the avatars beside the bubbles are not read as text
    assert [(m.sender, m.text) for m in approach.messages] == expected
    assert [m.sent_at_shown for m in approach.messages] == [  # type: ignore[attr-defined]
        "Yesterday 21:05", "Yesterday", "10:42",
    ]  # fmt: skip


def test_a_profile_screenshot_is_read(tmp_path: Path) -> None:
    needs_tesseract()
    screen = screenshots.linkedin_profile(tmp_path / "profile.png")
    (approach,) = read_screenshot(screen.path).approaches
    persona = approach.persona
    assert persona is not None
    assert persona.name == screenshots.PERSONA
    assert persona.headline == screenshots.HEADLINE
    assert persona.location == screenshots.LOCATION
    assert persona.connections == 500
    assert persona.about == screenshots.ABOUT
    assert approach.messages == [] and approach.channel == "linkedin"
    name_box = persona.ocr["fields"]["name"][0]  # type: ignore[attr-defined]
    assert _overlaps(name_box, screen.box_of(screenshots.PERSONA))


def test_a_small_crop_is_enlarged_and_read(tmp_path: Path) -> None:
    needs_tesseract()
    screen = screenshots.linkedin_thread(tmp_path / "thread.png")
    crop = tmp_path / "crop.png"
    Image.open(screen.path).crop((30, 395, 560, 465)).save(crop)
    (approach,) = read_screenshot(crop).approaches
    assert [m.text for m in approach.messages] == [" ".join(screenshots.THREAD[1][2])]


def test_a_dark_mode_screenshot_is_read(tmp_path: Path) -> None:
    needs_tesseract()
    from PIL import ImageOps

    screen = screenshots.linkedin_thread(tmp_path / "thread.png")
    dark = tmp_path / "dark.png"
    ImageOps.invert(Image.open(screen.path).convert("RGB")).save(dark)
    (approach,) = read_screenshot(dark).approaches
    assert approach.persona is not None and approach.persona.name == screenshots.PERSONA
    assert [m.sender for m in approach.messages] == ["persona", "persona", "target"]


def test_a_blank_screenshot_is_refused_naming_the_file(tmp_path: Path) -> None:
    needs_tesseract()
    path = screenshots.blank(tmp_path / "blank.png")
    with pytest.raises(InvalidInput, match="no text was found by OCR") as caught:
        read_screenshot(path)
    assert caught.value.file == str(path)
