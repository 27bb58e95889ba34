"""People are keyed by profile slug, then by exact normalised name."""

from __future__ import annotations

from counterlink.ingest.linkedin.identity import name_key, profile_key, split_urls


def test_profile_key_normalises_the_slug() -> None:
    for url in [
        "https://www.linkedin.com/in/Jane-Doe-1a2b",
        "https://www.linkedin.com/in/jane-doe-1a2b/",
        "https://uk.linkedin.com/in/jane-doe-1a2b?trk=people",
        "http://www.linkedin.com/in/JANE-DOE-1A2B/#about",
        "www.linkedin.com/in/jane-doe-1a2b/details/experience/",
    ]:
        assert profile_key(url) == "jane-doe-1a2b"


def test_profile_key_decodes_non_ascii_slugs_and_keeps_other_urls() -> None:
    assert profile_key("https://www.linkedin.com/in/ren%C3%A9-lef%C3%A8vre") == "rené-lefèvre"
    assert (
        profile_key("https://www.linkedin.com/company/acme/")
        == "https://www.linkedin.com/company/acme"
    )
    assert profile_key("") is None
    assert profile_key(None) is None


def test_name_key() -> None:
    assert name_key("  Ada   QUINN ") == "ada quinn"
    assert name_key("Rene\u0301") == name_key("René")
    assert name_key("") is None


def test_recipient_urls_split_on_semicolon_or_comma() -> None:
    a, b = "https://www.linkedin.com/in/a", "https://www.linkedin.com/in/b"
    assert split_urls(f"{a};{b}") == [a, b]
    assert split_urls(f"{a},{b}") == [a, b]
    assert split_urls(f"{a}; {b};") == [a, b]
    assert split_urls(a) == [a]
    assert split_urls("") == []
    # A comma that is not followed by another URL stays inside the URL.
    odd = "https://www.linkedin.com/in/x?a=1,2"
    assert split_urls(f"{odd};{b}") == [odd, b]
