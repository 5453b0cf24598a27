"""`scribe doctor`: checks a real forum's setup with pydiscourse, a client independent of scribe's own.

pydiscourse is synchronous (and sleeps on 429), so it runs in a worker thread with a timeout.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from pydiscourse import DiscourseClient
from pydiscourse.exceptions import DiscourseClientError, DiscourseError

from bot.config import Settings
from bot.dateorder import DateOrder, day_first, orders_written
from bot.zones import other_zones

TIMEOUT = 20


@dataclass(frozen=True)
class Check:
    ok: bool
    what: str
    fix: str = ""
    warning: bool = False
    """A check that fails without stopping scribe (it works, but not as it should)."""


def _checks(settings: Settings) -> list[Check]:
    url = (settings.forum.url or "").rstrip("/")
    key = settings.forum.api_key.get_secret_value() if settings.forum.api_key else ""
    name = settings.forum.username
    if not url or not key:
        return [Check(False, "forum address and API key", "set [forum] url and DISCOURSE_API_KEY")]
    client = DiscourseClient(url, api_username=name, api_key=key, timeout=TIMEOUT)
    out: list[Check] = []
    try:
        user = client.user(name)
    except (DiscourseClientError, DiscourseError) as exc:
        return [Check(False, f"the API key acts as {name}", f"create a key for the user {name} (Admin › API): {exc}")]
    out.append(Check(True, f"the API key acts as {name}"))
    staff = bool(user.get("admin") or user.get("moderator"))
    out.append(
        Check(
            staff,
            f"{name} is staff (moderator or admin)",
            "make the account a moderator: otherwise Discourse refuses a 4th reply in a row, "
            "similar posts within 5 minutes, and limits posts per day",
        )
    )
    out.append(
        Check(
            not user.get("admin"),
            f"{name} is a moderator, not an admin",
            "with an admin account /posts.json lists every read-restricted category and /private-posts.json "
            "every private message of the site; a moderator has the staff exemptions scribe needs and no more "
            "(scribe keeps restricted content out of public outputs either way)",
            warning=True,
        )
    )
    categories = {c["id"]: c for c in client.categories()}
    for feature, section in settings.sections().items():
        cid = getattr(section, "category_id", None)
        if not isinstance(cid, int):
            continue
        label = f"{feature}.category_id"
        cat = categories.get(cid)
        out.append(
            Check(
                cat is not None,
                f"{label} = {cid} exists" + (f" ({cat['name']})" if cat else ""),
                "pick a category id from /site.json",
            )
        )
        if cat and cat.get("read_restricted"):
            out.append(
                Check(
                    False,
                    f"the {feature} category is public",
                    f"scribe's {feature} lists only public content; a restricted category hides it from members",
                )
            )
    out += _review_check(client, settings)
    latest = client.latest_posts()
    readable = isinstance(latest, dict) and "latest_posts" in latest
    out.append(Check(readable, "/posts.json is readable"))
    if readable:
        # What recent posts say, read once for the checks of their times and of their dates, and (topics'
        # opening posts) for each feature's advice.
        posts = [p for p in latest["latest_posts"] if isinstance(p, dict)]
        texts = [str(p.get("raw") or p.get("cooked") or "") for p in posts]
        out.append(_zone_check(texts, settings.timezone))
        out.append(_order_check(texts, settings.date_order))
        openings = [text for p, text in zip(posts, texts, strict=True) if p.get("post_number") == 1]
        for section in settings.sections().values():
            if (advice := section.advice(openings)) is not None:
                out.append(Check(False, *advice, warning=True))
    return out


def _review_check(client: DiscourseClient, settings: Settings) -> list[Check]:
    """With a feature in review, the group its private messages go to must exist: otherwise the
    forum refuses each of them, and the review shows nothing."""
    reviewing = [feature for feature, section in settings.sections().items() if section.in_review]
    if not reviewing:
        return []
    group = settings.permissions.review_group
    site = client.get_site_info()
    names = {str(g.get("name", "")).lower() for g in site.get("groups", [])} if isinstance(site, dict) else set()
    return [
        Check(
            group.lower() in names,
            f"[permissions] review_group = {group} exists ({', '.join(reviewing)} in review)",
            "name a group of the forum (Admin › Groups), e.g. moderators",
        )
    ]


def _zone_check(texts: list[str], configured: str) -> Check:
    """Recent posts that state their times in another zone than the configured one."""
    others = other_zones(texts, configured)
    zones = ", ".join(f"{zone} ({n})" for zone, n in others.most_common(3))
    return Check(
        not others,
        f"recent posts state their times in the configured timezone {configured}"
        + (f"; they also use {zones}" if zones else ""),
        f"if the forum lives in {others.most_common(1)[0][0] if others else configured}, set timezone "
        "(SCRIBE_TIMEZONE) to it: times written without a zone are read in the configured one",
        warning=True,
    )


def _order_check(texts: list[str], configured: DateOrder) -> Check:
    """Recent posts whose numeric dates only the other order reads ("25/11/2024" where the month is said to
    come first), more of them than of those only the configured order reads."""
    written = orders_written(texts)
    agree = written["DMY"] if day_first(configured) else written["MDY"]
    other: DateOrder = "MDY" if day_first(configured) else "DMY"
    against = written[other]
    return Check(
        against <= agree,
        f"recent posts write numeric dates in the configured date_order {configured}"
        + (f"; {against} can only be read {other}, {agree} only {configured}" if against > agree else ""),
        f"if the forum's members write dates {other}, set date_order (SCRIBE_DATE_ORDER) to {other}: "
        f'"5/11" is read {configured}',
        warning=True,
    )


async def doctor(settings: Settings) -> list[Check]:
    return await asyncio.wait_for(asyncio.to_thread(_checks, settings), timeout=TIMEOUT * 6)
