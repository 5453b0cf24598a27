"""Announcements that forgot their link: posts pointing at a link ("accessibles ici") that carry none, so
scribe can tell their authors."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.models import Post, Topic
from bot.text import ADDRESS, analyse, every_link, fold, fold_same_length
from handlers.links.given import carries_link, gives_a_link_of
from handlers.links.text import is_request, kinds_of, link_not_here, pointer_phrase, url_kind
from handlers.meetings.joining import PRIVATE_WAY


def missing_links(topic: Topic, bot: str) -> list[tuple[Post, str]]:
    """Posts that point at a link ("accessibles ici") but carry none, nor name the service of the opening post's."""
    out: list[tuple[Post, str]] = []
    opening = topic.post(1)
    for post in topic.posts:
        if not post.is_regular or post.username.lower() == bot.lower():
            continue
        phrase = forgotten_link(post)
        if phrase and not (opening is not None and points_at_the_opening(phrase, post, opening)):
            out.append((post, phrase))
    return out


def forgotten_link(post: Post) -> str | None:
    """The pointing phrase of a post that points at a link it does not carry, or, in a post that carries others, at
    one missing from the end of its line ("Billetterie : <link>" then "inscrivez-vous sur le tableau des créneaux ici :"
    and nothing; "- slides : <link>" then "- replay :"); not words saying the link goes another way
    (`_kept_private`)."""
    text = analyse(post).text
    if is_request(text) or link_not_here(text):
        return None
    carried = carries_link(post)
    if carried:
        phrase = _line_left_empty(post, text) or _item_left_empty(text)
    else:
        phrase = pointer_phrase(text, opening=post.post_number == 1)
    if phrase is None or _kept_private(text, phrase):
        return None
    if carried or post.post_number == 1:
        return phrase
    at = text.find(phrase)
    return None if _questioned(text, at + len(phrase)) or _quoted(text, at) else phrase


def _kept_private(text: str, phrase: str) -> bool:
    """Whether the pointing phrase is words saying the link goes another way than the forum ("Le lien de la visio est
    **réservé aux adhérent·es** : il est dans la lettre d'info"): kept from the topic on purpose, not forgotten."""
    folded, at = fold_same_length(text), text.find(phrase)
    return at >= 0 and any(m.start() < at + len(phrase) and at < m.end() for m in PRIVATE_WAY.finditer(folded))


QUESTIONED_REACH = 20
"""How close after a pointing phrase a question mark makes it a question about the link ("Inscriptions ici… où
ça ?")."""


def _questioned(text: str, end: int) -> bool:
    """A reply that echoes a pointing phrase, ending at `end`, to ask where the link is ("Inscriptions ici… où ça ?
    😄", "Sign up here? where?"): it asks for the link, it did not forget one."""
    return "?" in text[end : end + QUESTIONED_REACH].split("\n", 1)[0]


_QUOTES = "'\"\u2018\u201c\u00ab"
"""Marks opening a quotation."""


def _quoted(text: str, at: int) -> bool:
    """A reply quoting another post's pointing phrase, starting at `at` ("I only see 'sign up here:' and then
    nothing"): it points at nothing of its own."""
    return at > 0 and text[:at].rstrip(" \u00a0")[-1:] in tuple(_QUOTES)


_MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\(")


def _line_left_empty(post: Post, text: str) -> str | None:
    """The pointing phrase ending a line of an opening post where a link should be (`_ENDS_POINTING`: "… ici :"), with
    no link on its line nor on the next line written, nor cooked after it: a link forgotten beside those the post
    gives."""
    words = {link.text.strip().lower() for link in every_link(post) if link.text.strip()}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _ENDS_POINTING.search(fold_same_length(line)):
            continue
        phrase = pointer_phrase(line, opening=True)
        if phrase is None:
            continue
        following = next((rest for rest in lines[i + 1 :] if rest.strip()), "")
        carried = ADDRESS.search(line) or _MARKDOWN_LINK.search(line) or any(w in line.lower() for w in words)
        if not carried and ADDRESS.search(following) and _other_things_below(line, [following]):
            return phrase  # "Le replay est dispo ici :", then "le compte-rendu écrit : <link>": another thing's link
        if _OWN_LABEL.match(fold_same_length(following)):
            following = ""  # "📝 Questionnaire (2 min) : <link>": the next item's own link, not the one pointed at
        near = f"{line}\n{following}"
        if _BELOW.search(fold_same_length(line)):
            if ADDRESS.search("\n".join(lines[i + 1 :])):
                if _other_things_below(line, lines[i + 1 :]):
                    return phrase  # "Le lien de connexion ci-dessous 👇", then only "le replay de mars : <link>"
                continue  # "lien ci-dessous 👇", photos, then "📝 Formation laser : <link>": further down
            if _linked_below(post.cooked, phrase):
                continue  # "… and a link below.", the link paragraphs further down, cooked
        if (
            ADDRESS.search(near)
            or _MARKDOWN_LINK.search(near)
            or any(w in near.lower() for w in words)
            or _linked_after(post.cooked, phrase)
        ):
            continue
        return phrase
    return None


def _other_things_below(line: str, below: list[str]) -> bool:
    """Whether every link further down than a line pointing below at a thing of one kind ("Le replay est dispo
    ci-dessous 👇") is said, by its own line, to be a thing of another kind ("Et les slides de Lucie : <link>")."""
    pointed = _kinds(line)
    if not pointed:
        return False
    for rest in below:
        for url in ADDRESS.findall(rest):
            kind = url_kind(url)
            own = _kinds(rest.replace(url, " ")) or (frozenset({kind}) if kind else frozenset())
            if not own or own & pointed:
                return False
    return True


def _kinds(text: str) -> frozenset[str]:
    """The kinds of link a line names, a recording first ("le replay de la visio de mars" is a recording, not a
    call)."""
    kinds = kinds_of(text)
    return frozenset({"recording"}) if "recording" in kinds else kinds


_EMPTY_ITEM = re.compile(
    r"^[^\S\n]*[-*\u2022][^\S\n]*(?:[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f][^\S\n]*)*[*_]*(?:le |la |les )?"
    r"(?P<thing>replay|enregistrement|video|slides|diapos?|diaporama|supports?|lien|formulaire|programme|"
    r"compte[- ]rendu|questionnaire)[*_]*(?:[^\S\n]*:[^\S\n]*|(?P<said>\b[^\n:/]{0,60}))$"
)
"""A list's item naming a thing and nothing after its colon ("- replay :"), or only what it is ("- 🎥 le replay de la
partie en visio")."""


def _item_left_empty(text: str) -> str | None:
    """The item of a list left empty beside items that carry their links ("- slides : <link>" then "- replay :"): the
    thing it names, forgotten."""
    text = _BARE_BULLET.sub(r"\1 ", text)  # a loose list's item, read as "-" over its words
    lines = fold_same_length(text).split("\n")
    written = [i for i, line in enumerate(lines) if line.strip()]
    for at, i in enumerate(written):
        if not (item := _EMPTY_ITEM.match(lines[i])):
            continue
        near = [lines[j] for j in written[max(0, at - 1) : at + 2] if j != i]
        linked = [_LIST_ITEM.match(line) is not None and ADDRESS.search(line) is not None for line in near]
        # with no colon, only between items that each carry their link ("- 📑 les supports : <link>")
        if any(linked) if item["said"] is None else len(linked) == 2 and all(linked):
            return text.split("\n")[i].strip(" -*•_:")
    return None


_LIST_ITEM = re.compile(r"[^\S\n]*[-*\u2022]\s")
_BARE_BULLET = re.compile(r"^([^\S\n]*[-*\u2022])[^\S\n]*\n", re.M)


_OWN_LABEL = re.compile(r"[^\w\n]*[a-z][^\n:]{2,80}:\s*(?:https?://|www\.)")
"""A line giving its own link under its own words ("📝 Petit questionnaire de satisfaction (2 min) : https://…")."""
_BELOW = re.compile(r"\b(?:ci-?dessous|plus bas|en bas|below|further down)\b")
"""A pointing phrase sending the reader anywhere further down the post."""
_EMBEDDED = re.compile(r"href=|data-youtube-id|<iframe|onebox|<img|<video|<a\b", re.I)
"""What the cooked HTML gives a link by, text aside: an anchor, a onebox, an embedded video or image."""
TAIL = 16
"""Characters of a pointing phrase looked for in the cooked HTML."""
BLOCKS_AFTER = 2
"""Block elements read after a pointing phrase's own for a link the forum cooked out of its text (a onebox)."""


def _phrase_end(cooked: str, phrase: str) -> int | None:
    """Where the phrase's last words end in the cooked HTML (clear of the markup of its start: "- Une **réunion** …,
    ici"); None when they are not found as written."""
    tail = phrase[-TAIL:]
    at = cooked.find(tail)
    return None if at < 0 else at + len(tail)


def _linked_after(cooked: str, phrase: str) -> bool:
    """Whether the cooked post gives a link right after the phrase, in its paragraph or the next block (a onebox, an
    embedded video); a phrase not found as written in the HTML counts as linked: unsure, nothing is said. Without
    HTML (a post read from its raw text only) there is nothing more than the text to read."""
    if not cooked:
        return False
    start = _phrase_end(cooked, phrase)
    if start is None:
        return True
    end = start
    for _ in range(BLOCKS_AFTER):
        close = cooked.find("</p>", end + 1)
        if close < 0:
            end = len(cooked)
            break
        end = close
    br = cooked.find("<br>", start, end)
    anchor = cooked.find("<a", br, end) if br >= 0 else -1
    if anchor >= 0 and _LABEL_BEFORE.search(cooked, br, anchor):
        end = br  # the next line's own link, under its own words ("📝 Petit questionnaire (2 min) : <a …>")
    return _EMBEDDED.search(cooked, start, end) is not None


def _linked_below(cooked: str, phrase: str) -> bool:
    """Whether the cooked post gives a link anywhere after a phrase pointing below; a phrase not found as written in
    the HTML counts as linked (unsure: nothing is said)."""
    if not cooked:
        return False
    start = _phrase_end(cooked, phrase)
    return start is None or _EMBEDDED.search(cooked, start) is not None


_LABEL_BEFORE = re.compile(r"<br>\s*[^<:]*[A-Za-zÀ-ÿ]{3,}[^<:]{0,80}:\s*$")
"""A line of cooked HTML opening on words and a colon right before its link."""


_MARKS_TO_THE_END = r"(?:[\U0001f300-\U0001faff\u2190-\u21ff\ufe0f]\s*)*$"
"""Emoji and arrows alone ending a line ("ci-dessous 👇")."""
_ENDS_POINTING = re.compile(
    rf"\b(?:ici|here|below|ci-dessous|en dessous)\s*:?\s*{_MARKS_TO_THE_END}"
    r"|\b(?:below|ci-dessous|en dessous)\s*\.\s*$"
    rf"|\b(?:below|ci-dessous|en dessous)\b[^\n:]{{0,60}}?[*_]*\s*:\s*{_MARKS_TO_THE_END}"
)
"""A line ending on where a link should be: "… ici :", "… here", "ci-dessous 👇", "Pour la visio, lien ci-dessous.",
"remplissez le formulaire de procuration ci-dessous avant le lundi 8 juin :"."""


_GENERIC_LABELS = frozenset({"www", "com", "org", "net", "fr", "eu", "io", "app", "example"})
"""Parts of a host that name no service."""


def points_at_the_opening(phrase: str, post: Post, opening: Post) -> bool:
    """Whether a reply's pointing phrase speaks of a link the opening post gives: by its service (`names_a_host_of`),
    or, answering a member, by its kind with no word pointing here ("inscris-toi sur le formulaire et je t'envoie le
    lien" under an announcement giving its form): it forgot none."""
    if names_a_host_of(phrase, post, opening):
        return True
    kinds = kinds_of(phrase)
    if (post.reply_to_post_number or 1) == 1 or not kinds or _POINTS_HERE.search(fold(phrase)):
        return False  # a reply to a member's post, not to all
    return gives_a_link_of(opening, kinds)


_POINTS_HERE = re.compile(r"\b(?:ici|ci-?dessous|ci-?dessus|dessous|plus bas|suivant|here|below|this|ce lien)\b|[:👉]")
"""Words of a phrase pointing at a place in its own post ("inscriptions ici", "le formulaire ci-dessous")."""


def names_a_host_of(phrase: str, post: Post, earlier: Post) -> bool:
    """Whether another member's reply points at the service of a link an earlier post carries ("inscris-toi via
    HelloAsso" under an announcement giving its HelloAsso page): it points at that link, it forgot none. Its author's
    own later post ("Inscriptions sur HelloAsso ici :") may announce another page and forget it, and so may the
    earlier post itself."""
    if post.username.lower() == earlier.username.lower() or post.id == earlier.id:
        return False
    labels = {
        label
        for link in every_link(earlier)
        for label in (urlsplit(link.url).hostname or "").lower().split(".")
        if len(label) >= 3 and label not in _GENERIC_LABELS
    }
    return bool(labels & set(re.findall(r"[a-z0-9]+", fold(phrase))))
