"""JSON shapes of Discourse's serializers (PostSerializer, TopicViewSerializer, …).

Field sets follow the official response schemas (discourse_api_docs openapi)
and real `/t/{id}.json` exports. ``context`` selects what an endpoint adds:

- ``topic_view``: `/t/{id}.json`, `/t/{id}/posts.json` (no raw; read, link_counts)
- ``latest``: `/posts.json`, `/private-posts.json` (raw, topic_title, excerpt)
- ``show``: `/posts/{id}.json` (raw)
- ``create`` / ``update`` / ``action``: write responses (raw, draft_sequence)
- ``webhook``: WebHookPostSerializer (raw, no actions_summary / can_* / yours)
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping

from . import polls
from .state import ForumState, PostRecord, TopicRecord, UserRecord, iso

HIDDEN_COOKED = "<p>This post was flagged by the community and is temporarily hidden.</p>"


def excerpt(cooked: str, length: int = 300) -> tuple[str, bool]:
    text = html.unescape(re.sub(r"<[^>]+>", "", cooked or "")).strip()
    text = re.sub(r"\s+", " ", text)
    if len(text) <= length:
        return text, False
    return text[:length] + "&hellip;", True


def user_brief(user: UserRecord) -> dict:
    return {"id": user.id, "username": user.username, "name": user.name, "avatar_template": user.avatar_template}


def actions_summary(forum: ForumState, post: PostRecord, viewer: UserRecord | None) -> list[dict]:
    """PostSerializer#actions_summary for likes (id 2). ``count`` left out when 0."""
    can_act = viewer is not None and viewer.username.lower() != post.username.lower() and post.post_type == 1
    acted = viewer is not None and any(u.lower() == viewer.username.lower() for u, _ in post.likes)
    entry: dict = {"id": 2}
    if post.like_count:
        entry["count"] = post.like_count
    if acted:
        entry["acted"] = True
        entry["can_undo"] = True
        can_act = False
    if can_act:
        entry["can_act"] = True
    elif "count" in entry or acted:
        entry["can_act"] = False
    else:
        return []
    return [entry]


def reply_counts(forum: ForumState, topic: TopicRecord) -> Counter[int | None]:
    """Replies to each post number of a topic: counted once for a page of its posts."""
    return Counter(forum.posts[i].reply_to_post_number for i in topic.post_ids)


def post_json(
    forum: ForumState,
    post: PostRecord,
    viewer: UserRecord | None,
    context: str,
    replies: Mapping[int | None, int] | None = None,
) -> dict:
    topic = forum.topics[post.topic_id]
    author = forum.user(post.username)
    staff_viewer = bool(viewer and viewer.staff)
    yours = bool(viewer and author and viewer.id == author.id)
    cooked = post.cooked
    hide = post.hidden and not staff_viewer and not yours
    category = forum.categories.get(topic.category_id) if topic.category_id else None
    d: dict = {
        "id": post.id,
        "name": author.name if author else None,
        "username": post.username,
        "avatar_template": author.avatar_template if author else "",
        "created_at": iso(post.created_at),
        "cooked": HIDDEN_COOKED if hide else cooked,
        "post_number": post.post_number,
        "post_type": post.post_type,
    }
    if not context.startswith("topic_view"):
        d["posts_count"] = len(topic.post_ids)
    d.update(
        {
            "updated_at": iso(post.updated_at),
            "reply_count": (replies if replies is not None else reply_counts(forum, topic)).get(post.post_number, 0),
            "reply_to_post_number": post.reply_to_post_number,
            "quote_count": 0,
            "incoming_link_count": 0,
            "reads": post.reads,
            "readers_count": max(post.reads - 1, 0),
            "score": float(post.like_count * 15 + post.reads * 0.2),
            "yours": yours,
            "topic_id": topic.id,
            "topic_slug": topic.slug,
        }
    )
    if context in ("latest", "webhook"):
        d["topic_title"] = topic.title
        if context == "latest":
            d["topic_html_title"] = html.escape(topic.title, quote=False)
        d["category_id"] = topic.category_id if topic.category_id is not None else None
    d.update(
        {
            "display_username": author.name if author else post.username,
            "primary_group_name": None,
            "flair_name": None,
            "flair_url": None,
            "flair_bg_color": None,
            "flair_color": None,
        }
    )
    if not context.startswith("topic_view"):
        d["flair_group_id"] = None
        d["badges_granted"] = []
    d["version"] = post.version
    can_edit = bool(viewer and (staff_viewer or yours) and post.post_type == 1)
    if context != "webhook":
        d.update(
            {
                "can_edit": can_edit,
                "can_delete": can_edit and post.post_number != 1,
                "can_recover": staff_viewer and post.deleted_at is not None,
                "can_see_hidden_post": staff_viewer,
                "can_wiki": staff_viewer,
            }
        )
    if context.startswith("topic_view"):
        d["link_counts"] = []
        d["read"] = True
    d["user_title"] = None
    d["bookmarked"] = False
    # raw only where the endpoint adds it; never for a hidden post the viewer may not see
    if context in ("latest", "show", "create", "update", "action", "webhook", "topic_view_raw") and not hide:
        d["raw"] = post.raw if post.raw is not None else ""
    if context != "webhook":
        d["actions_summary"] = actions_summary(forum, post, viewer)
    d.update(
        {
            "moderator": bool(author and author.moderator),
            "admin": bool(author and author.admin),
            "staff": bool(author and author.staff),
            "user_id": author.id if author else None,
        }
    )
    if context in ("create", "update"):
        d["draft_sequence"] = 0
    d.update(
        {
            "hidden": post.hidden,
            "trust_level": author.trust_level if author else 0,
            "deleted_at": iso(post.deleted_at),
            "user_deleted": post.user_deleted,
            "edit_reason": post.edit_reason,
            "can_view_edit_history": True,
            "wiki": post.wiki,
        }
    )
    if hide:
        d["cooked_hidden"] = True
    if post.action_code:
        d["action_code"] = post.action_code
    if context == "latest":
        d["excerpt"], d["truncated"] = excerpt(d["cooked"])
    d["reviewable_id"] = 0 if context.startswith("topic_view") else None
    d["reviewable_score_count"] = 0
    d["reviewable_score_pending_count"] = 0
    if not context.startswith("topic_view"):  # the topic_show schema has no post_url
        d["post_url"] = f"/t/{topic.slug}/{topic.id}/{post.post_number}"
    if post.reply_to_post_number:
        parent = next(
            (forum.posts[i] for i in topic.post_ids if forum.posts[i].post_number == post.reply_to_post_number),
            None,
        )
        pa = forum.user(parent.username) if parent else None
        if pa:
            d["reply_to_user"] = {"username": pa.username, "name": pa.name, "avatar_template": pa.avatar_template}
    if post.reactions is not None:
        d["reactions"] = post.reactions
        d["current_user_reaction"] = None
        d["reaction_users_count"] = sum(r.get("count", 0) for r in post.reactions)
        d["current_user_used_main_reaction"] = False
    if context == "webhook":
        d["topic_posts_count"] = len(topic.post_ids)
        d["topic_filtered_posts_count"] = len(topic.post_ids)
        d["topic_archetype"] = topic.archetype
        d["category_slug"] = category.slug if category else None
        d.pop("yours", None)
    d.update(polls.post_fields(forum, post, viewer))  # discourse-poll's `polls`, `polls_votes`
    return d


def topic_hook_json(forum: ForumState, topic: TopicRecord) -> dict:
    """The topic of a `topic_*` webhook (a subset of Discourse's WebHookTopicViewSerializer)."""
    return {
        "id": topic.id,
        "title": topic.title,
        "fancy_title": topic.title,
        "slug": topic.slug,
        "category_id": topic.category_id,
        "archetype": topic.archetype,
        "created_at": iso(topic.created_at),
        "posts_count": len(topic.post_ids),
    }


def topic_json_base(forum: ForumState, topic: TopicRecord, posts: list[PostRecord]) -> dict:
    regular = [p for p in posts if p.post_type == 1]
    last = posts[-1] if posts else None
    return {
        "id": topic.id,
        "title": topic.title,
        "fancy_title": html.escape(topic.title, quote=False),
        "slug": topic.slug,
        "posts_count": len(posts),
        "reply_count": max(len(regular) - 1, 0),
        "highest_post_number": max((p.post_number for p in posts), default=0),
        "image_url": None,
        "created_at": iso(topic.created_at),
        "last_posted_at": iso(last.created_at) if last else None,
        "bumped": True,
        "bumped_at": iso(last.created_at if last else topic.created_at),
        "archetype": topic.archetype,
        "unseen": False,
        "pinned": False,
        "unpinned": None,
        "visible": topic.visible,
        "closed": topic.closed,
        "archived": topic.archived,
        "bookmarked": None,
        "liked": None,
        "views": topic.views,
        "like_count": sum(p.like_count for p in posts),
        "has_summary": False,
        "last_poster_username": last.username if last else None,
        "category_id": topic.category_id,
        "pinned_globally": False,
        "featured_link": None,
    }


def topic_view_json(forum: ForumState, topic: TopicRecord, viewer: UserRecord | None, page: int | None) -> dict:
    posts = forum.visible_posts(viewer, topic)
    replies = reply_counts(forum, topic)
    chunk = 20
    start = ((page or 1) - 1) * chunk
    inline = posts[start : start + chunk]
    creator = forum.users_by_id.get(topic.user_id)
    last = posts[-1] if posts else None
    last_poster = forum.user(last.username) if last else creator
    counts: dict[str, int] = {}
    for p in posts:
        counts[p.username.lower()] = counts.get(p.username.lower(), 0) + 1
    participants = []
    for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:24]:
        u = forum.user(name)
        if u is None:
            continue
        participants.append(
            {
                **user_brief(u),
                "post_count": n,
                "primary_group_name": None,
                "flair_name": None,
                "flair_url": None,
                "flair_color": None,
                "flair_bg_color": None,
                "flair_group_id": None,
                "admin": u.admin,
                "moderator": u.moderator,
                "trust_level": u.trust_level,
            }
        )
    staff = bool(viewer and viewer.staff)
    base = topic_json_base(forum, topic, posts)
    mega = len(posts) >= forum.settings.mega_topic_posts
    d = {
        "post_stream": {
            "posts": [post_json(forum, p, viewer, "topic_view", replies) for p in inline],
            "stream": [p.id for p in posts],
        },
        "timeline_lookup": [[1, 0]] if posts else [],
        "suggested_topics": [],
        "tags": [{"id": i + 1, "name": t, "slug": t} for i, t in enumerate(topic.tags)],
        "tags_descriptions": {},
        "id": topic.id,
        "title": topic.title,
        "fancy_title": base["fancy_title"],
        "posts_count": base["posts_count"],
        "created_at": base["created_at"],
        "views": topic.views,
        "reply_count": base["reply_count"],
        "like_count": base["like_count"],
        "last_posted_at": base["last_posted_at"],
        "visible": topic.visible,
        "closed": topic.closed,
        "archived": topic.archived,
        "has_summary": False,
        "archetype": topic.archetype,
        "slug": topic.slug,
        "category_id": topic.category_id,
        "word_count": sum(len(re.sub(r"<[^>]+>", " ", p.cooked).split()) for p in posts),
        "deleted_at": iso(topic.deleted_at),
        "user_id": topic.user_id,
        "featured_link": None,
        "pinned_globally": False,
        "pinned_at": None,
        "pinned_until": None,
        "image_url": None,
        "slow_mode_seconds": 0,
        "draft": None,
        "draft_key": f"topic_{topic.id}",
        "draft_sequence": 0,
        "unpinned": None,
        "pinned": False,
        "current_post_number": inline[0].post_number if inline else 1,
        "highest_post_number": base["highest_post_number"],
        "deleted_by": None,
        "has_deleted": any(p.deleted_at for p in forum.topic_posts(topic.id)) and staff,
        "actions_summary": [
            {"id": i, "count": 0, "hidden": False, "can_act": viewer is not None} for i in (4, 8, 10, 7)
        ],
        "chunk_size": chunk,
        "bookmarked": False,
        "bookmarks": [],
        "topic_timer": None,
        "message_bus_last_id": 0,
        "participant_count": len(counts),
        "show_read_indicator": False,
        "thumbnails": None,
        "slow_mode_enabled_until": None,
        "details": {
            "can_edit": staff,
            "notification_level": 1,
            "can_move_posts": staff,
            "can_delete": staff,
            "can_remove_allowed_users": staff,
            "can_create_post": viewer is not None and (not topic.closed or staff),
            "can_reply_as_new_topic": viewer is not None,
            "can_flag_topic": viewer is not None,
            "can_convert_topic": staff,
            "can_review_topic": staff,
            "can_close_topic": staff,
            "can_archive_topic": staff,
            "can_split_merge_topic": staff,
            "can_edit_staff_notes": staff,
            "can_toggle_topic_visibility": staff,
            "can_pin_unpin_topic": staff,
            "can_moderate_category": staff,
            "can_remove_self_id": viewer.id if viewer else 0,
            "participants": participants,
            "created_by": user_brief(creator) if creator else None,
            "last_poster": user_brief(last_poster) if last_poster else None,
        },
    }
    if topic.is_pm:
        d["details"]["allowed_users"] = [user_brief(u) for n in topic.allowed_users if (u := forum.user(n)) is not None]
        d["details"]["allowed_groups"] = [
            {"id": forum.groups[n].id, "name": n} for n in topic.allowed_users if n in forum.groups
        ]
    if any(p.reactions is not None for p in posts):
        d["valid_reactions"] = ["heart", "+1", "laughing", "open_mouth", "clap", "confetti_ball", "rocket", "-1"]
    if mega:
        # PostStreamSerializerMixin: a mega topic's stream is not listed; its ends are named instead
        # (`/t/{id}/post_ids.json` lists the ids after a post number), and it has no timeline.
        stream = d["post_stream"]
        del stream["stream"], d["timeline_lookup"]
        stream.update({"isMegaTopic": True, "firstId": posts[0].id, "lastId": posts[-1].id})
    return d


def group_json(forum: ForumState, name: str) -> dict:
    g = forum.groups[name]
    return {
        "id": g.id,
        "automatic": g.automatic,
        "name": g.name,
        "display_name": g.name,
        "user_count": sum(1 for u in forum.users_by_id.values() if name in u.group_names()),
        "mentionable_level": 0,
        "messageable_level": 0,
        "visibility_level": 0,
        "primary_group": False,
        "title": None,
        "grant_trust_level": None,
        "incoming_email": None,
        "has_messages": False,
        "flair_url": None,
        "flair_bg_color": None,
        "flair_color": None,
        "bio_raw": None,
        "bio_cooked": None,
        "bio_excerpt": None,
        "public_admission": False,
        "public_exit": False,
        "allow_membership_requests": False,
        "full_name": g.full_name,
        "default_notification_level": 3,
        "membership_request_template": None,
        "members_visibility_level": 0,
        "can_see_members": True,
        "can_admin_group": False,
        "publish_read_state": False,
    }


def user_json(forum: ForumState, user: UserRecord, viewer: UserRecord | None) -> dict:
    posts = forum.posts_by(user.username)
    last = max((p.created_at for p in posts), default=None)
    is_self_or_admin = bool(viewer and (viewer.id == user.id or viewer.admin))
    groups = [g for g in user.group_names() if g in forum.groups]
    # Discourse shows automatic groups only to staff viewers; custom groups to all.
    visible_groups = [g for g in groups if not forum.groups[g].automatic or (viewer and viewer.staff)]
    schedule: dict[str, bool | int] = {"enabled": False}
    for day in range(7):
        schedule[f"day_{day}_start_time"] = 480
        schedule[f"day_{day}_end_time"] = 1020
    return {
        "user_badges": [],
        "user": {
            "id": user.id,
            "username": user.username,
            "name": user.name,
            "avatar_template": user.avatar_template,
            "last_posted_at": iso(last),
            "last_seen_at": iso(last),
            "created_at": iso(user.created_at),
            "ignored": False,
            "muted": False,
            "can_ignore_user": False,
            "can_mute_user": False,
            "can_send_private_messages": viewer is not None,
            "can_send_private_message_to_user": viewer is not None and viewer.id != user.id,
            "trust_level": user.trust_level,
            "moderator": user.moderator,
            "admin": user.admin,
            "title": None,
            "badge_count": 0,
            "custom_fields": {},
            "time_read": 0,
            "recent_time_read": 0,
            "primary_group_id": None,
            "primary_group_name": None,
            "flair_group_id": None,
            "flair_name": None,
            "flair_url": None,
            "flair_bg_color": None,
            "flair_color": None,
            "featured_topic": None,
            "staged": False,
            "can_edit": is_self_or_admin,
            "can_edit_username": is_self_or_admin,
            "can_edit_email": is_self_or_admin,
            "can_edit_name": is_self_or_admin,
            "uploaded_avatar_id": None,
            "has_title_badges": False,
            "pending_count": 0,
            "profile_view_count": 0,
            "second_factor_enabled": False,
            "can_upload_profile_header": False,
            "can_upload_user_card_background": False,
            "post_count": len(posts),
            "topic_count": sum(1 for p in posts if p.post_number == 1),
            "can_be_deleted": False,
            "can_delete_all_posts": False,
            "locale": None,
            "muted_category_ids": [],
            "regular_category_ids": [],
            "watched_tags": [],
            "watching_first_post_tags": [],
            "tracked_tags": [],
            "muted_tags": [],
            "tracked_category_ids": [],
            "watched_category_ids": [],
            "watched_first_post_category_ids": [],
            "system_avatar_upload_id": None,
            "system_avatar_template": user.avatar_template,
            "muted_usernames": [],
            "ignored_usernames": [],
            "allowed_pm_usernames": [],
            "mailing_list_posts_per_day": 0,
            "can_change_bio": is_self_or_admin,
            "can_change_location": is_self_or_admin,
            "can_change_website": is_self_or_admin,
            "can_change_tracking_preferences": is_self_or_admin,
            "user_api_keys": None,
            "user_auth_tokens": [],
            "user_notification_schedule": schedule,
            "use_logo_small_as_avatar": False,
            "featured_user_badge_ids": [],
            "invited_by": None,
            "groups": [group_json(forum, g) for g in visible_groups],
            "group_users": [
                {"group_id": forum.groups[g].id, "user_id": user.id, "notification_level": 3} for g in visible_groups
            ],
            "user_option": {
                "user_id": user.id,
                "mailing_list_mode": False,
                "mailing_list_mode_frequency": 1,
                "email_digests": True,
                "email_level": 1,
                "email_messages_level": 0,
                "external_links_in_new_tab": False,
                "color_scheme_id": None,
                "dark_scheme_id": None,
                "dynamic_favicon": False,
                "enable_quoting": True,
                "enable_smart_lists": True,
                "enable_markdown_monospace_font": False,
                "digest_after_minutes": 10080,
                "automatically_unpin_topics": True,
                "auto_track_topics_after_msecs": 240000,
                "notification_level_when_replying": 2,
                "new_topic_duration_minutes": 2880,
                "email_previous_replies": 2,
                "email_in_reply_to": False,
                "like_notification_frequency": 1,
                "notify_on_linked_posts": True,
                "push_notification_level": "always",
                "enable_upcoming_change_available_notifications": False,
                "include_tl0_in_digests": False,
                "theme_ids": [1],
                "theme_key_seq": 0,
                "allow_private_messages": True,
                "enable_allowed_pm_users": False,
                "homepage_id": None,
                "hide_profile_and_presence": False,
                "hide_profile": False,
                "hide_presence": False,
                "text_size": "normal",
                "text_size_seq": 0,
                "title_count_mode": "notifications",
                "timezone": "Europe/Paris",
                "skip_new_user_tips": False,
                "topics_unread_when_closed": True,
                "interface_color_mode": 1,
                "show_original_content": True,
                "send_shortcut": "ctrl",
                "automatically_translate": False,
                "understood_languages": [],
            },
        },
    }


def notification_json(forum: ForumState, n) -> dict:
    topic = forum.topics.get(n.topic_id) if n.topic_id else None
    return {
        "id": n.id,
        "user_id": n.user_id,
        "notification_type": n.notification_type,
        "read": n.read,
        "high_priority": n.high_priority,
        "created_at": iso(n.created_at),
        "post_number": n.post_number,
        "topic_id": n.topic_id,
        "fancy_title": html.escape(topic.title, quote=False) if topic else None,
        "slug": topic.slug if topic else None,
        "data": dict(n.data),
    }
