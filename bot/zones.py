"""Time zones people state next to a time ("8 pm IST", "18h heure de Paris", "GMT+5:30",
a `[date … timezone=…]`), read the same way by the meetings feature, `scribe preview` and
`scribe doctor` (which warn when a forum's posts state a zone other than the configured one).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

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
    "HNE": "America/Toronto",
    "HAE": "America/Toronto",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "MT": "America/Denver",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "BRT": "America/Sao_Paulo",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "KST": "Asia/Seoul",
    "PKT": "Asia/Karachi",
    "NPT": "Asia/Kathmandu",
    "GST": "Asia/Dubai",
    "MSK": "Europe/Moscow",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
}
"""Abbreviations, written in capitals, read as the zone whose clocks they name, its daylight-saving changes
included: "CEST" in January is Paris's winter time. One that names several zones is read as the one the
forums scribe serves mean: IST is India's (not Ireland's or Israel's), BST Britain's summer time (not
Bangladesh's), CST the US Central time (not China's), GST the Gulf's. HNE and HAE are Quebec's "heure
normale/avancée de l'Est". One that names zones too far apart to choose (AST: Atlantic or Arabia) is left
out: a time written in it is read by no zone (`unread_zone`)."""
_WINTER_SUMMER = (
    "CET/CEST",
    "GMT/BST",
    "EST/EDT",
    "PST/PDT",
    "WET/WEST",
    "EET/EEST",
    "HNE/HAE",
    "CST/CDT",
    "MST/MDT",
    "AKST/AKDT",
    "AEST/AEDT",
    "ACST/ACDT",
    "NZST/NZDT",
)
PAIRS = {frozenset({winter, summer}): TZ_ABBR[summer] for winter, summer in (p.split("/") for p in _WINTER_SUMMER)}
"""A zone's winter and summer abbreviations written together ("18:00 CET/CEST", "GMT/BST"): the zone of the
summer one all year, GMT/BST included (GMT alone is UTC)."""
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
    "us eastern": "America/New_York",
    "us central": "America/Chicago",
    "us pacific": "America/Los_Angeles",
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
    "indian": "Asia/Kolkata",
    "inde": "Asia/Kolkata",
    "indienne": "Asia/Kolkata",
    "berlin": "Europe/Berlin",
    "british": "Europe/London",
    "britain": "Europe/London",
    "england": "Europe/London",
    "anglaise": "Europe/London",
    "britannique": "Europe/London",
    "royaume-uni": "Europe/London",
    "nyc": "America/New_York",
    "ny": "America/New_York",
    "sf": "America/Los_Angeles",
    "bay area": "America/Los_Angeles",
    "antilles": "America/Martinique",
    "beyrouth": "Asia/Beirut",
    "moscou": "Europe/Moscow",
    "le caire": "Africa/Cairo",
    "alger": "Africa/Algiers",
    "lisbonne": "Europe/Lisbon",
    "varsovie": "Europe/Warsaw",
    "bucarest": "Europe/Bucharest",
    "athenes": "Europe/Athens",
    "copenhague": "Europe/Copenhagen",
    "singapour": "Asia/Singapore",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bombay": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "l'est": "America/Toronto",
    "l'inde": "Asia/Kolkata",
    "quebecoise": "America/Toronto",
    "belge": "Europe/Brussels",
    "belgian": "Europe/Brussels",
    "belgium": "Europe/Brussels",
    "belgique": "Europe/Brussels",
    "suisse": "Europe/Zurich",
    "swiss": "Europe/Zurich",
    "switzerland": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "geneva": "Europe/Zurich",
    "central european": "Europe/Paris",
    "japan": "Asia/Tokyo",
    "japon": "Asia/Tokyo",
    "china": "Asia/Shanghai",
    "chine": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "pekin": "Asia/Shanghai",
    "korea": "Asia/Seoul",
    "coree": "Asia/Seoul",
    "philippine": "Asia/Manila",
    "philippines": "Asia/Manila",
    "uae": "Asia/Dubai",
    "gulf": "Asia/Dubai",
    "vietnam": "Asia/Ho_Chi_Minh",
    "thailand": "Asia/Bangkok",
    "malaysia": "Asia/Kuala_Lumpur",
    "pakistan": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka",
    "nepal": "Asia/Kathmandu",
    "sri lanka": "Asia/Colombo",
    "israel": "Asia/Jerusalem",
    "lebanon": "Asia/Beirut",
    "liban": "Asia/Beirut",
    "turkey": "Europe/Istanbul",
    "turquie": "Europe/Istanbul",
    "germany": "Europe/Berlin",
    "german": "Europe/Berlin",
    "allemagne": "Europe/Berlin",
    "allemande": "Europe/Berlin",
    "spain": "Europe/Madrid",
    "spanish": "Europe/Madrid",
    "espagne": "Europe/Madrid",
    "espagnole": "Europe/Madrid",
    "italy": "Europe/Rome",
    "italian": "Europe/Rome",
    "italie": "Europe/Rome",
    "italienne": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "dutch": "Europe/Amsterdam",
    "pays-bas": "Europe/Amsterdam",
    "portugal": "Europe/Lisbon",
    "portuguese": "Europe/Lisbon",
    "ireland": "Europe/Dublin",
    "irish": "Europe/Dublin",
    "irlande": "Europe/Dublin",
    "greece": "Europe/Athens",
    "grece": "Europe/Athens",
    "poland": "Europe/Warsaw",
    "polish": "Europe/Warsaw",
    "pologne": "Europe/Warsaw",
    "egypt": "Africa/Cairo",
    "egypte": "Africa/Cairo",
    "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg",
    "afrique du sud": "Africa/Johannesburg",
    "morocco": "Africa/Casablanca",
    "maroc": "Africa/Casablanca",
    "algeria": "Africa/Algiers",
    "algerie": "Africa/Algiers",
    "tunisia": "Africa/Tunis",
    "tunisie": "Africa/Tunis",
    "senegal": "Africa/Dakar",
    "cote d'ivoire": "Africa/Abidjan",
    "ivory coast": "Africa/Abidjan",
    "cameroun": "Africa/Douala",
    "cameroon": "Africa/Douala",
    "madagascar": "Indian/Antananarivo",
    "hawaii": "Pacific/Honolulu",
    "alaska": "America/Anchorage",
    "arizona": "America/Phoenix",
    "atlantic": "America/Halifax",
    "argentina": "America/Argentina/Buenos_Aires",
    "colombia": "America/Bogota",
    "colombie": "America/Bogota",
    "peru": "America/Lima",
    "perou": "America/Lima",
    "mexico": "America/Mexico_City",
    "mexique": "America/Mexico_City",
    "reunionnaise": "Indian/Reunion",
    "antillaise": "America/Martinique",
    "guyanaise": "America/Cayenne",
    "caledonienne": "Pacific/Noumea",
    "tahitienne": "Pacific/Tahiti",
    "polynesienne": "Pacific/Tahiti",
    "mahoraise": "Indian/Mayotte",
    "senegalaise": "Africa/Dakar",
    "ivoirienne": "Africa/Abidjan",
    "marocaine": "Africa/Casablanca",
    "algerienne": "Africa/Algiers",
    "tunisienne": "Africa/Tunis",
    "camerounaise": "Africa/Douala",
    "malgache": "Indian/Antananarivo",
    "libanaise": "Asia/Beirut",
    "japonaise": "Asia/Tokyo",
    "chinoise": "Asia/Shanghai",
}
"""Places (folded) whose time people name: "UK time", "Indian Standard Time", "heure de Londres",
"heure belge", "heure normale de l'Est", "Japan time". A place alone ("the UK team", "à Paris") is no zone.
A country spanning several zones (the US, Canada, Australia, Brazil, Russia, Indonesia) is none of them: a time
written in "Australian time" is read by no zone (`unread_zone`). The cities of the time zone database are
places too (`CITIES`)."""
_NOT_CITIES = frozenset(
    {
        "act", "nsw", "lhi", "center", "north", "south", "west", "east", "christmas", "easter", "wake", "midway",
        "casey", "davis", "palmer", "troll", "jersey", "victoria", "virgin", "knox", "knox in", "regina", "oral",
        "vincennes", "marengo", "petersburg", "monticello", "new salem", "beulah", "tell city", "vevay", "winamac",
        "norfolk", "cambridge bay", "cordoba", "merida", "dawson", "resolute", "chatham", "wallis", "stanley",
        "yap", "truk", "ponape", "currie", "south pole", "comodrivadavia", "dumontdurville", "mcmurdo",
    }
)  # fmt: skip
"""Last parts of the database's zone names that name no city people give the time of, or also a common word, a
person, or another place ("Christmas", "Easter", "Jersey" of New Jersey, "Victoria" of British Columbia, "Norfolk"
of Virginia, "Córdoba" of Spain)."""
_REGIONS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
CITIES = {
    name: f"{region}/{city}"
    for region, _, city in (z.partition("/") for z in sorted(available_timezones(), reverse=True))
    if region in _REGIONS and city and "/" not in city and (name := city.replace("_", " ").lower()) not in _NOT_CITIES
}
"""The cities of the time zone database (folded: "dubai", "sao paulo", "los angeles"), each the zone it names, a
zone only when capitalised ("noon Dubai time", "18h heure de Dakar")."""
COMMON_WORDS = frozenset({"reunion", "la reunion"})
"""Places whose name is also a common word, a zone only when capitalised: "18h, heure de la réunion" is the
meeting's hour, "18h heure de la Réunion" the island's."""
PLACES = {**CITIES, **TZ_PLACES}
_PLACES = "|".join(sorted((re.escape(k) for k in PLACES), key=len, reverse=True))


def _place_time(fr: str, en: str) -> str:
    """A place's time, in French or English, folded ("heure de paris", "uk time"), the place captured in
    the groups named `fr` and `en` (none when empty)."""
    fr, en = (f"?P<{g}>" if g else "?:" for g in (fr, en))
    return (
        rf"(?:heure\s+(?:(?:normale|avancee|locale)\s+)?(?:de\s+la\s+|de\s+|du\s+|des\s+|d')?|fuseau\s+(?:de\s+)?)"
        rf"({fr}{_PLACES})\b"
        rf"|({en}{_PLACES})\s+(?:(?:standard|summer|daylight)\s+)?time\b"
    )


PLACE_TIME = _place_time("", "")
"""A place's time, to tell where a time's words end ("6 PM UK time on Friday")."""
US_REGIONS = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
}
P_TZ = re.compile(
    rf"\s*(?:[,(]\s*)?(?:(?P<off>(?:utc|gmt)\s?[+-]\s?\d{{1,2}}(?::?[0-5]\d)?)\b|{_place_time('fr', 'en')}"
    rf"|(?P<us>{'|'.join(US_REGIONS)})\b(?:\s*\(us\))?(?![^\S\n]*[\w(])"
    rf"|(?P<abbr>[a-z]{{2,4}})\b(?!'))\s*\)?"
)
"""A zone after a time: an offset, a place's time in French or English, a US region's in capitals without "time"
("9:00 AM Eastern (US)", "10am Pacific."), or an abbreviation (a place's time is tried before an abbreviation:
"UK" of "UK time" is none)."""
_PAIR = re.compile(r"\s?/\s?(?P<pair>[a-z]{3,4})\b\s*\)?")


_CITIES_AFTER = re.compile(r"[^\S\n]*\)?[^\S\n]*[a-z][a-z -]+(?:,[^\S\n]*[a-z][a-z -]+)+")
"""After an offset, the cities of a calendar's zone label ("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")."""


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
        if (pair := _PAIR.match(low, m.end("abbr"))) and (
            both := PAIRS.get(frozenset({token, orig[pair.start("pair") : pair.end("pair")]}))
        ):
            return both, pair.end()
        return TZ_ABBR[token], m.end()
    if region := m.group("us"):
        return (US_REGIONS[region], m.end()) if orig[m.start("us")].isupper() else (None, pos)
    if place := m.group("fr") or m.group("en"):
        start, end = m.span("fr" if m.group("fr") else "en")
        if (place in COMMON_WORDS or place not in TZ_PLACES) and not orig[start:end].split()[-1][:1].isupper():
            return None, pos
        return PLACES[place], m.end()
    if cities := _CITIES_AFTER.match(low, m.end()):
        # a calendar's label of a zone ("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"): that zone, summer too
        labelled = {PLACES[w] for w in re.findall(r"[a-z]+", cities.group(0)) if w in PLACES}
        seasons = {tuple(ZoneInfo(z).utcoffset(datetime(2026, month, 1)) for month in (1, 7)) for z in labelled}
        if labelled and len(seasons) == 1:
            return min(labelled), cities.end()
    off = re.sub(r"[\s:]", "", m.group("off"))[3:]
    hours, minutes = int(off[1:-2] if len(off) > 3 else off[1:]), int(off[-2:]) if len(off) > 3 else 0
    if minutes:
        named = HALF_HOURS.get(f"{off[0]}{hours:02d}{minutes:02d}")
        return (named, m.end()) if named else (None, pos)
    if hours == 0:
        return "UTC", m.end()
    return f"Etc/GMT{'-' if off[0] == '+' else '+'}{hours}", m.end()


_UNREAD = re.compile(
    r"[ \t]*(?:[,(][ \t]*)?(?:(?P<abbr>[a-z]{1,3}t)\b(?!')"
    r"|(?P<en>[a-z][\w'.-]*(?:[ \t]+[a-z][\w'.-]*){0,2})[ \t]+(?:(?:standard|summer|daylight)[ \t]+)?time\b"
    r"|heure[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l'|de[ \t]+|du[ \t]+|des[ \t]+|d')(?P<fr>[a-z][\w-]*))"
)


def unread_zone(low: str, orig: str, pos: int) -> bool:
    """A zone written at `pos` of a folded text, on the same line, that `tz_after` cannot read: an abbreviation in
    capitals ending in T ("10 AM AST": Atlantic or Arabia?), or a place's time in capitals ("noon Central Asia
    time", "9 AM Australian Eastern time", "18h heure de Wallis"). The time beside it is of no instant scribe
    knows."""
    if tz_after(low, orig, pos)[0] is not None:
        return False
    m = _UNREAD.match(low, pos)
    if m is None:
        return False
    group = next(g for g in ("abbr", "en", "fr") if m.group(g))
    words = orig[m.start(group) : m.end(group)]
    if group == "abbr":
        return words.isupper()
    return all(w[:1].isupper() for w in words.split())


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
