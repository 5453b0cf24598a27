"""Review: what a feature would post in a topic on its own goes privately to a group instead.

On a new forum, moderators can watch what scribe would say before anyone else reads it: the
reply is quoted in a private message to `[permissions] review_group`, pinging nobody, with a
link to the post it answers. Its key derives from the reply's, so a review is sent once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot import markup
from bot.actions import ReplyToPost, SendPrivateMessage

if TYPE_CHECKING:
    from bot.ctx import Ctx


def for_review(action: ReplyToPost, ctx: Ctx, title: str, intro: str) -> SendPrivateMessage:
    """The private message to the review group that stands for `action`: the feature's `intro` message
    (given the answered post as `post`), then the reply quoted line by line."""
    post = markup.post_link(action.topic_id, action.reply_to_post_number or 1)
    quoted = "\n".join(f"> {line}" if line else ">" for line in action.raw.splitlines())
    return SendPrivateMessage(
        f"review:{action.key}",
        (ctx.settings.permissions.review_group,),
        markup.plain_title(title)[:200],
        f"{ctx.t(intro, post=post)}\n\n{quoted}",
        expires_at=action.expires_at,
        sources=(*action.sources, action.topic_id),
    )
