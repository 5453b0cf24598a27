"""Time zones people state next to a time ("8 pm IST", "18h heure de Paris", "GMT+5:30",
a `[date … timezone=…]`), read the same way by the meetings feature, `scribe preview` and
`scribe doctor` (which warn when a forum's posts state a zone other than the configured one).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.text import fold_same_length

TZ_ABBR = {
    "IST": "Asia/Kolkata",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "UTC": "UTC",
    "GMT": "UTC",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "JST": "Asia/Tokyo",
}
# Offsets that are not whole hours have no Etc/ zone: the zone that uses them all year.
HALF_HOURS = {
    "+0530": "Asia/Kolkata",
    "+0545": "Asia/Kathmandu",
    "+0330": "Asia/Tehran",
    "+0430": "Asia/Kabul",
    "+0630": "Asia/Yangon",
    "+0930": "Australia/Darwin",
    "-0330": "America/St_Johns",
    "-0930": "Pacific/Marquesas",
}
TZ_PLACES = {
    "paris": "Europe/Paris",
    "france": "Europe/Paris",
    "francaise": "Europe/Paris",
    "french": "Europe/Paris",
    "metropole": "Europe/Paris",
    "la reunion": "Indian/Reunion",
    "reunion": "Indian/Reunion",
    "montreal": "America/Toronto",
    "quebec": "America/Toronto",
    "bruxelles": "Europe/Brussels",
    "brussels": "Europe/Brussels",
    "geneve": "Europe/Zurich",
    "dakar": "Africa/Dakar",
    "martinique": "America/Martinique",
    "guadeloupe": "America/Guadeloupe",
    "guyane": "America/Cayenne",
    "londres": "Europe/London",
    "london": "Europe/London",
    "uk": "Europe/London",
    "new york": "America/New_York",
    "boston": "America/New_York",
    "eastern": "America/New_York",
    "toronto": "America/Toronto",
    "central": "America/Chicago",
    "chicago": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "tahiti": "Pacific/Tahiti",
    "noumea": "Pacific/Noumea",
    "mayotte": "Indian/Mayotte",
    "india": "Asia/Kolkata",
    "berlin": "Europe/Berlin",
}
_PLACES = "|".join(sorted((re.escape(k) for k in TZ_PLACES), key=len, reverse=True))
P_TZ = re.compile(
    rf"\s*(?:[,(]\s*)?(?:(?P<off>(?:utc|gmt)\s?[+-]\s?\d{{1,2}}(?::?[0-5]\d)?)\b|(?P<abbr>[a-z]{{2,4}})\b(?!')|(?:heure\s+(?:de\s+|du\s+|d'|de\s+la\s+)?|fuseau\s+(?:de\s+)?)(?P<fr>{_PLACES})\b"
    rf"|(?P<en>{_PLACES})\s+time\b)\s*\)?"
)


def tz_after(low: str, orig: str, pos: int) -> tuple[str | None, int]:
    """The zone written at `pos` of a folded text (`orig` is the same text unfolded, for the
    case of abbreviations: "IST", not "ist"), and where its words end."""
    m = P_TZ.match(low, pos)
    if not m:
        return None, pos
    if m.group("abbr"):
        token = orig[m.start("abbr") : m.end("abbr")]
        if token not in TZ_ABBR:
            return None, pos
        return TZ_ABBR[token], m.end()
    if m.group("fr") or m.group("en"):
        return TZ_PLACES[m.group("fr") or m.group("en")], m.end()
    off = re.sub(r"[\s:]", "", m.group("off"))[3:]
    hours, minutes = int(off[1:-2] if len(off) > 3 else off[1:]), int(off[-2:]) if len(off) > 3 else 0
    if minutes:
        named = HALF_HOURS.get(f"{off[0]}{hours:02d}{minutes:02d}")
        return (named, m.end()) if named else (None, pos)
    if hours == 0:
        return "UTC", m.end()
    return f"Etc/GMT{'-' if off[0] == '+' else '+'}{hours}", m.end()


_TIME = re.compile(r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?|h\b)?")
_DATE_ZONE = re.compile(r'\[date(?:-range)?[= ][^\]]*?timezone="?([\w/+-]+)')


def stated_zones(text: str) -> Counter[str]:
    """The zones a text states for its times, by how often."""
    low = fold_same_length(text)
    found: Counter[str] = Counter(m.group(1) for m in _DATE_ZONE.finditer(text))
    for m in _TIME.finditer(low):
        if not re.search(r"[:.h]|[ap]\.?m", m.group(0)):
            continue
        zone, _ = tz_after(low, text, m.end())
        if zone:
            found[zone] += 1
    return found


def same_zone(a: str, b: str, at: datetime | None = None) -> bool:
    """Two zone names that give the same local time at the instant `at`, or all year without one
    (Asia/Calcutta and Asia/Kolkata, Europe/Berlin and Europe/Paris). A zone's name says nothing
    of the instant a time written in it means: only its offset then does."""
    try:
        za, zb = ZoneInfo(a), ZoneInfo(b)
    except (ZoneInfoNotFoundError, ValueError):
        return a == b
    moments = (
        (at,) if at is not None else (datetime(2025, 1, 15, 12, tzinfo=UTC), datetime(2025, 7, 15, 12, tzinfo=UTC))
    )
    return all(t.astimezone(za).utcoffset() == t.astimezone(zb).utcoffset() for t in moments)


def other_zones(texts: list[str], configured: str) -> Counter[str]:
    """Zones the texts state that are not the configured one (times there may be misread)."""
    out: Counter[str] = Counter()
    for text in texts:
        for zone, n in stated_zones(text).items():
            if not same_zone(zone, configured):
                out[zone] += n
    return out
