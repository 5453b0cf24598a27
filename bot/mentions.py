"""Is a post addressed to the bot, and with which command?"""

from __future__ import annotations

import re

from bot.events import MentionReceived
from bot.models import Post
from bot.text import analyse

_GREETING = re.compile(r"^\W*(?:(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|cher|chère)\W*)?$", re.I)


def parse_mention(post: Post, bot: str) -> MentionReceived | None:
    """The first `@bot` outside quotes and code gives the command word and its arguments. A post
    naming the bot only in a bare blockquote ("> @scribe remind") cites someone else's command."""
    parsed = analyse(post)
    if bot.lower() not in parsed.mentions:
        return None
    pattern = re.compile(rf"(?<![\w@])@{re.escape(bot)}(?![\w-])[\s,:;!.]*(.*)", re.I)
    for line in parsed.text.splitlines():
        m = pattern.search(line)
        if not m:
            continue
        rest = m.group(1).strip()
        word, _, args = rest.partition(" ")
        command = word.strip(",.;:!?()«»\"'").lower()
        direct = bool(_GREETING.match(line[: m.start()]))
        return MentionReceived(post=post, command=command, args=args.strip(), direct=direct)
    if pattern.search(parsed.with_cited):
        return None
    return MentionReceived(post=post, command="", args="", direct=False)
