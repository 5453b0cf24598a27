"""`/user_actions.json`: the UserAction stream, derived from posts and likes.

Types (app/models/user_action.rb): LIKE 1 (likes given), WAS_LIKED 2, NEW_TOPIC 4,
REPLY 5, RESPONSE 6, MENTION 7, QUOTE 9, NEW_PRIVATE_MESSAGE 12, GOT_PRIVATE_MESSAGE 13.
Row fields follow UserAction.stream: ``target_*`` is the stream's owner, ``username``/
``name``/``user_id`` the post's author, ``acting_*`` who did the action.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .serializers import excerpt
from .state import ForumState, PostRecord, UserRecord, iso

LIKE, WAS_LIKED, NEW_TOPIC, REPLY, RESPONSE, MENTION, QUOTE, NEW_PM, GOT_PM = 1, 2, 4, 5, 6, 7, 9, 12, 13


def _row(
    forum: ForumState, action_type: int, post: PostRecord, owner: UserRecord, acting: UserRecord, created_at
) -> dict:
    topic = forum.topics[post.topic_id]
    author = forum.user(post.username) or acting
    return {
        "excerpt": excerpt(post.cooked)[0],
        "action_type": action_type,
        "created_at": iso(created_at),
        "avatar_template": author.avatar_template,
        "acting_avatar_template": acting.avatar_template,
        "slug": topic.slug,
        "topic_id": topic.id,
        "target_user_id": owner.id,
        "target_name": owner.name,
        "target_username": owner.username,
        "post_number": post.post_number,
        "post_id": post.id,
        "username": author.username,
        "name": author.name,
        "user_id": author.id,
        "acting_username": acting.username,
        "acting_name": acting.name,
        "acting_user_id": acting.id,
        "title": topic.title,
        "deleted": bool(post.deleted_at or topic.deleted_at),
        "hidden": post.hidden,
        "post_type": post.post_type,
        "action_code": post.action_code,
        "category_id": topic.category_id,
        "closed": topic.closed,
        "archived": topic.archived,
    }


def user_actions_for(forum: ForumState, owner: UserRecord, viewer: UserRecord | None, types: set[int]) -> list[dict]:
    rows: list[tuple] = []
    me = owner.username.lower()
    show_pm = bool(viewer and (viewer.id == owner.id or viewer.admin))
    for post in forum.posts.values():
        if post.post_type != 1 or not forum.can_see_post(viewer, post):
            continue
        topic = forum.topics[post.topic_id]
        author = forum.user(post.username)
        if author is None:
            continue
        mine = post.username.lower() == me
        if topic.is_pm:
            if not show_pm:
                continue
            if mine and post.post_number == 1:
                rows.append((NEW_PM, post, author, post.created_at))
            elif not mine and post.post_number == 1 and me in topic.allowed_users:
                rows.append((GOT_PM, post, author, post.created_at))
            continue
        if mine:
            rows.append((NEW_TOPIC if post.post_number == 1 else REPLY, post, author, post.created_at))
        for liker, at in post.likes:
            lu = forum.user(liker)
            if lu is None:
                continue
            if liker.lower() == me:
                rows.append((LIKE, post, owner, at))
            if mine:
                rows.append((WAS_LIKED, post, lu, at))
        if not mine:
            if post.reply_to_post_number:
                parent = next(
                    (p for p in forum.topic_posts(topic.id) if p.post_number == post.reply_to_post_number), None
                )
                if parent and parent.username.lower() == me:
                    rows.append((RESPONSE, post, author, post.created_at))
            if me in forum.mentioned_usernames(post.cooked):
                rows.append((MENTION, post, author, post.created_at))
            tree = LexborHTMLParser(post.cooked or "<p></p>")
            if any(
                (a.attributes.get("data-username") or "").lower() == me for a in tree.css("aside.quote[data-username]")
            ):
                rows.append((QUOTE, post, author, post.created_at))
    if types:
        rows = [r for r in rows if r[0] in types]
    rows.sort(key=lambda r: (r[3], r[1].id), reverse=True)
    return [_row(forum, t, p, owner, acting, at) for t, p, acting, at in rows]
