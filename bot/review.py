"""Review: what a feature would post in a topic on its own goes privately to a group instead.

On a new forum, moderators can watch what scribe would say before anyone else reads it: the
reply is quoted in a private message to `[permissions] review_group`, pinging nobody, with a
link to the post it answers. Its key derives from the reply's, so a review is sent once.
"""

from __future__ import annotations

from bot import markup
from bot.actions import ReplyToPost, SendPrivateMessage


def for_review(action: ReplyToPost, group: str, title: str, intro: str) -> SendPrivateMessage:
    """The private message that stands for `action`: `intro`, then the reply quoted line by line."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in action.raw.splitlines())
    return SendPrivateMessage(
        f"review:{action.key}",
        (group,),
        markup.plain_title(title)[:200],
        f"{intro}\n\n{quoted}",
        expires_at=action.expires_at,
        sources=(*action.sources, action.topic_id),
    )


def target(action: ReplyToPost) -> str:
    """The post the reply answers, as a link for the group to open."""
    return markup.post_link(action.topic_id, action.reply_to_post_number or 1)
