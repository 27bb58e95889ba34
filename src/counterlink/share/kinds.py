"""The indicator kinds partners exchange and a watchlist matches on, with the words a report
uses for each. Shared by the exporters (which kinds a hashed export carries) and the watchlist
(which kinds it keeps and weighs), so both live below the watchlist, here."""

WATCH_KINDS: tuple[str, ...] = (
    "profile",
    "email",
    "handle",
    "phone",
    "website",
    "email_domain",
    "name",
)
KIND_LABELS: dict[str, str] = {
    "profile": "LinkedIn profile",
    "email": "e-mail address",
    "handle": "messaging handle",
    "phone": "phone number",
    "website": "website",
    "email_domain": "e-mail domain",
    "name": "name",
}
