"""The in-memory forum: users, groups, categories, topics, posts, likes, notifications.

Rules (visibility, post validation, duplicate check, notifications) follow
Discourse's behaviour as documented in the project's API reference; every
write path (HTTP or direct) goes through :class:`ForumState`.

The record classes here (``UserRecord``, ``TopicRecord``, ``PostRecord``…) are the
server's own storage, distinct from the bot's client-side models in ``bot.models``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from selectolax.lexbor import LexborHTMLParser

from . import texts
from .cook import cook

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def slugify(title: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "topic"


def rate_limited(lang: str, wait: int) -> SandboxError:
    """Discourse's 429 from a per-user limiter (`RateLimiter::LimitExceeded`), in the site's language."""
    message = texts.text(lang, "too_many_requests", time_left=texts.text(lang, "seconds", count=wait))
    body = {"errors": [message], "error_type": "rate_limit", "extras": {"wait_seconds": wait}}
    return SandboxError(429, body)


class SandboxError(Exception):
    """A rule violation: ``status`` and the Discourse JSON ``body``."""

    def __init__(self, status: int, body: dict):
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body


INVALID_ACCESS = {
    "errors": ["You are not permitted to view the requested resource."],
    "error_type": "invalid_access",
}
NOT_FOUND = {
    "errors": ["The requested URL or resource could not be found."],
    "error_type": "not_found",
}
NOT_LOGGED_IN = {"errors": ["You need to be logged in to do that."], "error_type": "not_logged_in"}


def create_error(*messages: str) -> SandboxError:
    return SandboxError(422, {"action": "create_post", "errors": list(messages)})


# Discourse's Notification.types (app/models/notification.rb)
MENTIONED, REPLIED, QUOTED, EDITED, LIKED, PRIVATE_MESSAGE = 1, 2, 3, 4, 5, 6
# Discourse's Post.types
REGULAR, MODERATOR_ACTION, SMALL_ACTION, WHISPER = 1, 2, 3, 4

AUTO_GROUPS = {
    "admins": 1,
    "moderators": 2,
    "staff": 3,
    "trust_level_0": 10,
    "trust_level_1": 11,
    "trust_level_2": 12,
    "trust_level_3": 13,
    "trust_level_4": 14,
}


@dataclass
class SiteSettings:
    """Discourse site-setting defaults that the sandbox enforces."""

    min_post_length: int = 20
    min_first_post_length: int = 20
    min_personal_message_post_length: int = 10
    max_post_length: int = 32000
    min_topic_title_length: int = 15
    max_topic_title_length: int = 255
    min_personal_message_title_length: int = 2
    unique_posts_mins: int = 5
    max_consecutive_replies: int = 3
    allow_duplicate_topic_titles: bool = False
    # rate_limit_create_post (seconds between posts, non-staff). Real default is 5;
    # off (0) by default in the sandbox so direct test setup is not throttled.
    rate_limit_create_post: int = 0
    # `/posts.json?before=` is strict on current Discourse (`posts.id < before`,
    # lib/latest_posts_query.rb); some older versions were inclusive (`<=`).
    inclusive_before: bool = False
    # Discourse before 3.3 (until May 2024) read `/posts.json` as a window of 50 ids up to `before`
    # (inclusive) or up to the newest post id, and left out the posts the reader may not see, private
    # messages and whispers: a page could hold fewer than 50 posts, or none, with older ones to read.
    id_window_before: bool = False
    # The language of error texts (a French forum answers in French).
    default_locale: str = "en"
    # Per-day limits of non-staff accounts (`RateLimiter` "topics-per-day", "pms-per-day"):
    # 429 `rate_limit` with the wait until the oldest creation leaves the 24-hour window.
    max_topics_per_day: int = 20
    max_personal_messages_per_day: int = 20
    # TopicView::MEGA_TOPIC_POSTS_COUNT: from this many posts the topic view leaves `stream` and
    # `timeline_lookup` out and sends `post_stream.isMegaTopic: true`, `firstId` and `lastId` instead.
    mega_topic_posts: int = 10_000


@dataclass
class UserRecord:
    id: int
    username: str
    name: str
    admin: bool = False
    moderator: bool = False
    trust_level: int = 1
    groups: list[str] = field(default_factory=list)
    suspended: bool = False
    created_at: datetime = field(default_factory=utcnow)

    @property
    def staff(self) -> bool:
        return self.admin or self.moderator

    @property
    def avatar_template(self) -> str:
        return f"/letter_avatar_proxy/v4/letter/{self.username[:1].lower()}/8e7dd6/{{size}}.png"

    def group_names(self) -> list[str]:
        auto = []
        if self.admin:
            auto.append("admins")
        if self.moderator:
            auto.append("moderators")
        if self.staff:
            auto.append("staff")
        auto += [f"trust_level_{n}" for n in range(self.trust_level + 1)]
        return auto + [g for g in self.groups if g not in auto]


@dataclass
class GroupRecord:
    id: int
    name: str
    automatic: bool = False
    full_name: str | None = None


@dataclass
class CategoryRecord:
    id: int
    name: str
    slug: str
    read_restricted: bool = False
    allowed_groups: set[str] = field(default_factory=set)
    color: str = "0088CC"
    description: str | None = None


@dataclass
class TopicRecord:
    id: int
    title: str
    slug: str
    category_id: int | None
    user_id: int
    created_at: datetime
    archetype: str = "regular"
    allowed_users: list[str] = field(default_factory=list)  # lower-case usernames (PMs)
    closed: bool = False
    archived: bool = False
    visible: bool = True
    deleted_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
    views: int = 0
    post_ids: list[int] = field(default_factory=list)

    @property
    def is_pm(self) -> bool:
        return self.archetype == "private_message"


@dataclass
class PostRecord:
    id: int
    topic_id: int
    post_number: int
    username: str
    raw: str | None
    cooked: str
    created_at: datetime
    updated_at: datetime
    version: int = 1
    post_type: int = REGULAR
    reply_to_post_number: int | None = None
    hidden: bool = False
    deleted_at: datetime | None = None
    user_deleted: bool = False
    likes: list[tuple[str, datetime]] = field(default_factory=list)
    unknown_likes: int = 0  # imported like count whose likers are unknown
    reactions: list[dict] | None = None
    action_code: str | None = None
    edit_reason: str | None = None
    wiki: bool = False
    reads: int = 0
    notified: set[str] = field(default_factory=set)  # users already mentioned/notified

    @property
    def like_count(self) -> int:
        return len(self.likes) + self.unknown_likes


@dataclass
class NotificationRecord:
    id: int
    user_id: int
    notification_type: int
    created_at: datetime
    topic_id: int | None
    post_number: int | None
    data: dict
    read: bool = False
    high_priority: bool = False


def _strip_for_length(text: str) -> str:
    return re.sub(r"<!--.*?-->", "", text or "", flags=re.S).strip()


class ForumState:
    def __init__(self, clock: Clock | None = None, settings: SiteSettings | None = None):
        self.clock: Clock = clock or utcnow
        self.settings = settings or SiteSettings()
        self.users: dict[str, UserRecord] = {}
        self.users_by_id: dict[int, UserRecord] = {}
        self.groups: dict[str, GroupRecord] = {n: GroupRecord(i, n, automatic=True) for n, i in AUTO_GROUPS.items()}
        self.categories: dict[int, CategoryRecord] = {}
        self.topics: dict[int, TopicRecord] = {}
        self.posts: dict[int, PostRecord] = {}
        self._top_topic_id = 0
        self._top_post_id = 0
        self.notifications: list[NotificationRecord] = []
        self._next_user_id = 1
        self._next_group_id = 41
        self._next_notification_id = 1
        self._unique_keys: dict[str, datetime] = {}  # duplicate-post keys → expiry
        self._last_post_at: dict[str, datetime] = {}
        self._created: dict[tuple[str, bool], list[datetime]] = {}
        self._withdrawn: dict[int, str] = {}
        """post id -> the raw an author withdrew, for a recovery."""
        """(username, is_pm) -> when each new topic or message was created, for the per-day limits."""
        self.listeners: list[Callable[[str, dict], None]] = []  # (event, payload) hooks
        self._defaults()

    # ------------------------------------------------------------------ setup
    def _defaults(self) -> None:
        self.add_user("system", name="system", admin=True, trust_level=4, id=-1)
        self.add_user("scribe", name="scribe", trust_level=3)
        self.add_user("moderateur", name="Modérateur", moderator=True, trust_level=2)
        self.add_user("membre", name="Membre", trust_level=1)
        self.add_category(1, "Général", "general")
        self.add_category(2, "Annonces", "annonces")
        self.add_category(3, "Synthèses", "syntheses")
        self.add_category(4, "Staff", "staff", read_restricted=True, allowed_groups={"staff"})

    def add_group(self, name: str, full_name: str | None = None) -> GroupRecord:
        if name not in self.groups:
            self.groups[name] = GroupRecord(self._next_group_id, name, full_name=full_name)
            self._next_group_id += 1
        return self.groups[name]

    def add_user(
        self,
        username: str,
        name: str | None = None,
        admin: bool = False,
        moderator: bool = False,
        trust_level: int = 1,
        groups=(),
        suspended: bool = False,
        id: int | None = None,
    ) -> UserRecord:
        key = username.lower()
        if key in self.users:
            return self.set_user(
                username,
                name=name,
                admin=admin,
                moderator=moderator,
                trust_level=trust_level,
                groups=list(groups),
                suspended=suspended,
            )
        if id is None or id in self.users_by_id:
            while self._next_user_id in self.users_by_id:
                self._next_user_id += 1
            id = self._next_user_id
        for g in groups:
            self.add_group(g)
        user = UserRecord(
            id,
            username,
            name if name is not None else username,
            admin,
            moderator,
            trust_level,
            list(groups),
            suspended,
            created_at=self.clock(),
        )
        self.users[key] = user
        self.users_by_id[id] = user
        return user

    def set_user(self, username: str, **changes) -> UserRecord:
        user = self.user(username)
        if user is None:
            raise KeyError(username)
        for k, v in changes.items():
            if v is None and k == "name":
                continue
            if k == "groups":
                v = list(v)
                for g in v:
                    self.add_group(g)
            setattr(user, k, v)
        return user

    def add_category(
        self, id: int, name: str, slug: str, read_restricted: bool = False, allowed_groups=()
    ) -> CategoryRecord:
        cat = CategoryRecord(id, name, slug, read_restricted, set(allowed_groups))
        self.categories[id] = cat
        return cat

    def user(self, username: str | None) -> UserRecord | None:
        if not username:
            return None
        return self.users.get(username.lower())

    def _user_exists(self, name: str) -> str | None:
        u = self.user(name)
        return u.username if u else None

    def _group_exists(self, name: str) -> str | None:
        g = self.groups.get(name.lower())
        return g.name if g and not g.automatic else None

    def cook(self, raw: str) -> str:
        return cook(raw, self._user_exists, self._group_exists)

    # ------------------------------------------------------------------ ids
    def next_topic_id(self) -> int:
        return self._top_topic_id + 1

    def next_post_id(self) -> int:
        return self._top_post_id + 1

    def reserve_topic_ids(self, upto: int) -> None:
        """Topics made from now on get ids above `upto`: a replay loads a forum's topics at their
        own time, under their own ids."""
        self._top_topic_id = max(self._top_topic_id, upto)

    # ------------------------------------------------------------------ visibility
    def can_see_category(self, user: UserRecord | None, category_id: int | None) -> bool:
        cat = self.categories.get(category_id) if category_id is not None else None
        if cat is None or not cat.read_restricted:
            return True
        if user is None:
            return False
        if user.admin:
            return True
        return bool(set(user.group_names()) & cat.allowed_groups)

    def can_see_topic(self, user: UserRecord | None, topic: TopicRecord) -> bool:
        if topic.deleted_at is not None and not (user and user.staff):
            return False
        if topic.is_pm:
            if user is None:
                return False
            if user.admin or user.username.lower() in topic.allowed_users:
                return True
            return any(g in topic.allowed_users for g in user.groups)
        return self.can_see_category(user, topic.category_id)

    def can_see_post(self, user: UserRecord | None, post: PostRecord) -> bool:
        topic = self.topics.get(post.topic_id)
        if topic is None or not self.can_see_topic(user, topic):
            return False
        if post.deleted_at is not None and not (user and user.staff):
            return False
        return post.post_type != WHISPER or (user is not None and user.staff)

    def visible_posts(self, user: UserRecord | None, topic: TopicRecord) -> list[PostRecord]:
        return [p for pid in topic.post_ids if self.can_see_post(user, p := self.posts[pid])]

    # ------------------------------------------------------------------ raw import
    def insert_topic(self, topic: TopicRecord) -> TopicRecord:
        self.topics[topic.id] = topic
        self._top_topic_id = max(self._top_topic_id, topic.id)
        return topic

    def insert_post(self, post: PostRecord) -> PostRecord:
        self.posts[post.id] = post
        self._top_post_id = max(self._top_post_id, post.id)
        topic = self.topics[post.topic_id]
        ids = topic.post_ids
        ids.append(post.id)
        if len(ids) > 1 and self.posts[ids[-2]].post_number > post.post_number:
            ids.sort(key=lambda i: self.posts[i].post_number)
        return post

    # ------------------------------------------------------------------ writes
    def create_post(
        self,
        username: str,
        raw: str | None,
        topic_id: int | None = None,
        title: str | None = None,
        category_id: int | None = None,
        reply_to_post_number: int | None = None,
        archetype: str = "regular",
        target_recipients: str | list[str] | None = None,
        created_at: datetime | None = None,
        skip_validations: bool = False,
    ) -> PostRecord:
        user = self.user(username)
        if user is None or user.suspended:
            raise SandboxError(403, INVALID_ACCESS)
        now = self.clock()
        raw = raw if raw is not None else ""
        topic = None
        is_pm = archetype == "private_message"
        if topic_id is not None:
            topic = self.topics.get(int(topic_id))
            if (
                topic is None
                or not self.can_see_topic(user, topic)
                or ((topic.closed or topic.archived) and not user.staff)
            ):
                raise create_error(
                    "Something has gone wrong. Perhaps this topic was closed or deleted while you were looking at it?"
                )
            is_pm = topic.is_pm
        recipients: list[str] = []
        if topic is None:
            if is_pm:
                if isinstance(target_recipients, str):
                    target_recipients = target_recipients.split(",")
                names = [r.strip() for r in (target_recipients or []) if r and r.strip()]
                if not names:
                    raise create_error("Private messages must have at least one recipient")
                for n in names:
                    recipient = self.user(n)
                    if recipient is not None:
                        recipients.append(recipient.username.lower())
                    elif n.lower() in self.groups:
                        recipients.append(n.lower())
                    else:
                        raise create_error(f"The user {n} could not be found")
            else:
                if category_id is None:
                    category_id = 1
                category_id = int(category_id)
                if category_id not in self.categories or not self.can_see_category(user, category_id):
                    raise SandboxError(403, INVALID_ACCESS)

        if not skip_validations:
            self._validate(user, raw, title, topic, is_pm, now)

        # the post itself
        if topic is None:
            t_title = (title or "").strip()
            topic = self.insert_topic(
                TopicRecord(
                    id=self.next_topic_id(),
                    title=t_title,
                    slug=slugify(t_title),
                    category_id=None if is_pm else category_id,
                    user_id=user.id,
                    created_at=created_at or now,
                    archetype="private_message" if is_pm else "regular",
                    allowed_users=([user.username.lower()] + [r for r in recipients if r != user.username.lower()])
                    if is_pm
                    else [],
                )
            )
            post_number = 1
            reply_to_post_number = None
        else:
            post_number = self.posts[topic.post_ids[-1]].post_number + 1 if topic.post_ids else 1
            if reply_to_post_number is not None:
                reply_to_post_number = int(reply_to_post_number)
                if not any(self.posts[i].post_number == reply_to_post_number for i in topic.post_ids):
                    reply_to_post_number = None
        post = self.insert_post(
            PostRecord(
                id=self.next_post_id(),
                topic_id=topic.id,
                post_number=post_number,
                username=user.username,
                raw=raw,
                cooked=self.cook(raw),
                created_at=created_at or now,
                updated_at=created_at or now,
                reply_to_post_number=reply_to_post_number,
            )
        )
        if not user.staff and self.settings.unique_posts_mins:
            self._unique_keys[self._unique_key(user, raw, is_pm)] = now + timedelta(
                minutes=self.settings.unique_posts_mins
            )
        self._last_post_at[user.username.lower()] = now
        if post_number == 1:
            self._created.setdefault((user.username.lower(), is_pm), []).append(now)
        self._notify_new_post(post, user)
        self._emit("post_created", post)
        return post

    def _unique_key(self, user: UserRecord, raw: str, is_pm: bool) -> str:
        return f"unique{'-pm' if is_pm else ''}-post-{user.id}:{hashlib.sha1(raw.encode()).hexdigest()}"

    def _validate(
        self, user: UserRecord, raw: str, title: str | None, topic: TopicRecord | None, is_pm: bool, now: datetime
    ) -> None:
        s = self.settings
        lang = s.default_locale
        if s.rate_limit_create_post and not user.staff:
            last = self._last_post_at.get(user.username.lower())
            if last is not None and (now - last).total_seconds() < s.rate_limit_create_post:
                wait = max(1, int(s.rate_limit_create_post - (now - last).total_seconds()))
                raise rate_limited(lang, wait)
        if topic is None and not user.staff:
            self._per_day_limit(user, is_pm, now)
        errors: list[str] = []
        if topic is None:
            t = _strip_for_length(title or "")
            min_title = s.min_personal_message_title_length if is_pm else s.min_topic_title_length
            if not t:
                errors.append(texts.field_error(lang, "title", "blank"))
            if len(t) < min_title:
                errors.append(texts.field_error(lang, "title", "too_short", count=min_title))
            elif len(t) > s.max_topic_title_length:
                errors.append(texts.field_error(lang, "title", "too_long", count=s.max_topic_title_length))
            elif (
                not is_pm
                and not s.allow_duplicate_topic_titles
                and any(
                    not x.is_pm and x.deleted_at is None and x.title.strip().lower() == t.lower()
                    for x in self.topics.values()
                )
            ):
                errors.append(texts.field_error(lang, "title", "taken"))
            if errors:
                raise create_error(*errors)
        body = _strip_for_length(raw)
        if is_pm:
            min_body = s.min_personal_message_post_length
        else:
            min_body = s.min_first_post_length if topic is None else s.min_post_length
        if not body:
            errors.append(texts.field_error(lang, "body", "blank"))
        elif len(body) < min_body:
            errors.append(texts.field_error(lang, "body", "too_short", count=min_body))
        elif len(body) > s.max_post_length:
            errors.append(texts.text(lang, "body_limited", max=s.max_post_length, length=len(body)))
        if not errors and not user.staff and s.unique_posts_mins:
            expiry = self._unique_keys.get(self._unique_key(user, raw, is_pm))
            if expiry is not None and expiry > now:
                errors.append(texts.field_error(lang, "body", "just_posted_that"))
        if not errors and topic is not None and not is_pm and not user.staff and s.max_consecutive_replies:
            live = [self.posts[i] for i in topic.post_ids]
            live = [p for p in live if p.deleted_at is None and not p.hidden and p.post_type == REGULAR]
            first = live[0] if live else None
            latest = live[-s.max_consecutive_replies :]
            if (
                (first is None or first.username.lower() != user.username.lower())
                and len(latest) == s.max_consecutive_replies
                and all(p.username.lower() == user.username.lower() for p in latest)
            ):
                errors.append(texts.text(lang, "max_consecutive_replies", count=s.max_consecutive_replies))
        if errors:
            raise create_error(*errors)

    def _per_day_limit(self, user: UserRecord, is_pm: bool, now: datetime) -> None:
        limit = self.settings.max_personal_messages_per_day if is_pm else self.settings.max_topics_per_day
        window = [t for t in self._created.get((user.username.lower(), is_pm), []) if now - t < timedelta(days=1)]
        self._created[(user.username.lower(), is_pm)] = window
        if len(window) < limit:
            return
        oldest = window[0] if window else now
        wait = max(1, int((oldest + timedelta(days=1) - now).total_seconds()))
        raise rate_limited(self.settings.default_locale, wait)

    def edit_post(self, post_id: int, raw: str, username: str, edit_reason: str | None = None) -> PostRecord:
        post = self.posts.get(int(post_id))
        user = self.user(username)
        if user is None or user.suspended:
            raise SandboxError(403, INVALID_ACCESS)
        if post is None or not self.can_see_post(user, post):
            raise SandboxError(404, NOT_FOUND)
        if not (user.staff or post.username.lower() == user.username.lower()) or post.post_type != REGULAR:
            raise SandboxError(403, INVALID_ACCESS)
        topic = self.topics[post.topic_id]
        is_pm = topic.is_pm
        body = _strip_for_length(raw)
        s = self.settings
        min_body = (
            s.min_personal_message_post_length
            if is_pm
            else (s.min_first_post_length if post.post_number == 1 else s.min_post_length)
        )
        lang = s.default_locale
        if not body:
            raise SandboxError(422, {"errors": [texts.field_error(lang, "body", "blank")]})
        if len(body) < min_body:
            raise SandboxError(422, {"errors": [texts.field_error(lang, "body", "too_short", count=min_body)]})
        if raw == post.raw:
            return post
        post.raw = raw
        post.cooked = self.cook(raw)
        post.version += 1
        post.edit_reason = edit_reason or None
        post.updated_at = self.clock()
        self._notify_mentions(post, user)
        self._emit("post_edited", post)
        return post

    def delete_post(self, post_id: int, username: str) -> PostRecord:
        """PostDestroyer#destroy: staff trash the post (post_destroyed); an author's own "delete" is
        an edit to a stand-in text with `user_deleted` (post_edited), then post_destroyed as well."""
        post = self.posts.get(int(post_id))
        user = self.user(username)
        if user is None or user.suspended or post is None or not self.can_see_post(user, post):
            raise SandboxError(404, NOT_FOUND)
        own = post.username.lower() == user.username.lower()
        if not (user.staff or own):
            raise SandboxError(403, INVALID_ACCESS)
        now = self.clock()
        if user.staff:
            post.deleted_at = now
            if post.post_number == 1:
                self.topics[post.topic_id].deleted_at = now
        else:
            self._withdrawn[post.id] = post.raw or ""
            post.raw = texts.text(self.settings.default_locale, "deleted_by_author", count=24)
            post.cooked = self.cook(post.raw)
            post.version += 1
            post.updated_at = now
            post.user_deleted = True
            self._emit("post_edited", post)
        self._emit("post_destroyed", post)
        return post

    def recover_post(self, post_id: int, username: str) -> PostRecord:
        """PostDestroyer#recover: staff bring a trashed post back; an author takes back their withdrawal."""
        post = self.posts.get(int(post_id))
        user = self.user(username)
        if user is None or post is None:
            raise SandboxError(404, NOT_FOUND)
        if user.staff and post.deleted_at is not None:
            post.deleted_at = None
            self.topics[post.topic_id].deleted_at = None
        elif post.user_deleted and (user.staff or post.username.lower() == user.username.lower()):
            post.raw = self._withdrawn.pop(post.id, post.raw or "")
            post.cooked = self.cook(post.raw)
            post.version += 1
            post.user_deleted = False
        else:
            raise SandboxError(403, INVALID_ACCESS)
        self._emit("post_recovered", post)
        return post

    def edit_topic(
        self, topic_id: int, username: str, title: str | None = None, category_id: int | None = None
    ) -> TopicRecord:
        """PUT /t/{slug}/{id}.json: a new title or category is a `topic_edited` event, not a post edit."""
        topic = self.topics.get(int(topic_id))
        user = self.user(username)
        if user is None or topic is None or topic.deleted_at is not None:
            raise SandboxError(404, NOT_FOUND)
        if not (user.staff or topic.user_id == user.id):
            raise SandboxError(403, INVALID_ACCESS)
        if title is not None:
            topic.title = title
            topic.slug = slugify(title)
        if category_id is not None:
            topic.category_id = int(category_id)
        for listener in list(self.listeners):
            listener("topic_edited", {"topic": topic})
        return topic

    def like(self, post_id: int, username: str) -> PostRecord:
        post = self.posts.get(int(post_id))
        user = self.user(username)
        if user is None or user.suspended:
            raise SandboxError(403, INVALID_ACCESS)
        if post is None or not self.can_see_post(user, post):
            raise SandboxError(404, NOT_FOUND)
        if post.username.lower() == user.username.lower() or any(
            u.lower() == user.username.lower() for u, _ in post.likes
        ):
            raise SandboxError(403, INVALID_ACCESS)
        now = self.clock()
        post.likes.append((user.username, now))
        author = self.user(post.username)
        if author:
            self._notify(author, LIKED, post, user)
        self._emit("post_liked", post, liker=user)
        return post

    # ------------------------------------------------------------------ notifications
    def _emit(self, event: str, post: PostRecord, **extra) -> None:
        for listener in list(self.listeners):
            listener(event, {"post": post, **extra})

    def _notify(self, target: UserRecord, ntype: int, post: PostRecord, actor: UserRecord) -> None:
        topic = self.topics[post.topic_id]
        if target.id == actor.id or not self.can_see_post(target, post):
            return
        self.notifications.append(
            NotificationRecord(
                id=self._next_notification_id,
                user_id=target.id,
                notification_type=ntype,
                created_at=self.clock(),
                topic_id=topic.id,
                post_number=post.post_number,
                high_priority=ntype == PRIVATE_MESSAGE,
                data={
                    "topic_title": topic.title,
                    "original_post_id": post.id,
                    "original_post_type": post.post_type,
                    "original_username": actor.username,
                    "revision_number": None,
                    "display_username": actor.username,
                },
            )
        )
        self._next_notification_id += 1

    def mentioned_usernames(self, cooked: str) -> list[str]:
        """Users mentioned outside quotes and code (PostAnalyzer#cooked_stripped)."""
        tree = LexborHTMLParser(cooked or "<p></p>")
        for node in tree.css("aside.quote, pre, code, .onebox, .elided"):
            node.decompose()
        names = []
        for a in tree.css("a.mention"):
            name = (a.text() or "").lstrip("@")
            if name and name.lower() not in names:
                names.append(name.lower())
        return names

    def _notify_mentions(self, post: PostRecord, author: UserRecord) -> None:
        for name in self.mentioned_usernames(post.cooked)[:10]:
            target = self.user(name)
            if target and name not in post.notified:
                post.notified.add(name)
                self._notify(target, MENTIONED, post, author)

    def _notify_new_post(self, post: PostRecord, author: UserRecord) -> None:
        self._notify_mentions(post, author)
        topic = self.topics[post.topic_id]
        if post.reply_to_post_number:
            parent = next(
                (self.posts[i] for i in topic.post_ids if self.posts[i].post_number == post.reply_to_post_number), None
            )
            if parent and parent.username.lower() not in post.notified:
                target = self.user(parent.username)
                if target:
                    post.notified.add(target.username.lower())
                    self._notify(target, REPLIED, post, author)
        tree = LexborHTMLParser(post.cooked or "<p></p>")
        for aside in tree.css("aside.quote[data-username]"):
            name = (aside.attributes.get("data-username") or "").lower()
            target = self.user(name)
            if target and name not in post.notified:
                post.notified.add(name)
                self._notify(target, QUOTED, post, author)
        if topic.is_pm:
            for name in topic.allowed_users:
                target = self.user(name)
                if target and name not in post.notified:
                    post.notified.add(name)
                    self._notify(target, PRIVATE_MESSAGE, post, author)

    # ------------------------------------------------------------------ helpers
    def topic_posts(self, topic_id: int) -> list[PostRecord]:
        topic = self.topics[int(topic_id)]
        return [self.posts[i] for i in topic.post_ids]

    def posts_by(self, username: str) -> list[PostRecord]:
        return sorted((p for p in self.posts.values() if p.username.lower() == username.lower()), key=lambda p: p.id)
