"""Which answers settled a thread's question, when no one marked a solution: the answer an
asker thanked or confirmed in reply ("Thanks, that worked", "Merci, c'est réglé").

Forums often have no "solved" button, or members never press it; their thanks are then the
only sign that an answer settled the question. A thanks followed by "but", a new question
or a new request is not an acceptance, nor thanks given in advance or for feedback. Only an
answer to a question can be accepted: in a thread that asks nothing (a project shared, a
joke), thanks and even the solution mark are courtesy.
"""

from __future__ import annotations

import re

from bot.models import Post, Topic
from bot.text import analyse, fold
from handlers.proposals.cited import cited_posts
from handlers.summaries.text import QUESTION, sentences

ACCEPTS = re.compile(
    r"\b(thanks?|thank ?you|thx|ty|(much |really |greatly )?appreciated|appreciate (it|this|that|the|your)|"
    r"(well |duly )?noted|got it|makes sense|(that|this|it) (worked|works|helped|helps|did it|fixed it|solved it)|"
    r"works now|working now|(it|that|this|problem|issue) (is |has been |got )?(solved|resolved|fixed)|"
    r"(that's|that is|c'est) parfait|"
    r"merci|ca (marche|fonctionne)( maintenant)?|c'est (bon|regle|resolu|clair|note)|probleme resolu|"
    r"bien (note|compris)|ca m'aide)\b"
)
"""Words that accept an answer."""
RESERVES = re.compile(
    r"\b(but|however|still|though|although|yet|unfortunately|in advance|any update|not (working|solved|resolved|"
    r"fixed|clear)|does ?n[o']t|did ?n[o']t|is ?n[o']t|can ?n[o']t|ca?n't|won't|"
    r"mais|cependant|pourtant|toujours pas|malheureusement|d'avance|par avance|ne (marche|fonctionne) pas|"
    r"pas (clair|compris|regle|resolu)|we (have|will|are)|i will|we're|we've|i'll|we'll|"
    r"je vais|nous (allons|avons)|if|si (ca|cela)|"
    r"(thanks?|thank you|merci)( @?[\w.-]+){0,2} (for|pour) (your |the |this |these |ton |votre |vos |le |la |les )?"
    r"(feedback|compliments?|kind words|flagging|reporting|raising|bringing|letting|sharing|suggestions?|pr|fix(es)?|"
    r"corrections?|inputs?|reports?|catch|correctifs?|"
    r"contributions?|retours?|remarques?|signalement|partage|propositions?|proposals?|idees?|ideas?))\b"
)
"""Words that take the acceptance back ("Thanks, but it still fails", "Merci d'avance", "Thanks, I will
try"), or thank for something other than an answer ("Thanks for the feedback", "Merci pour la proposition", "Thanks, we
have fixed it")."""
ASKS = re.compile(
    r"\b(please|pls|plz|kindly|(i|we) (kindly |humbly )?request|can you|could you|would you|can (i|we|someone|anyone)|"
    r"how (to|do|does|can|should)|what (to do|should)|where (can|do|is|are)|is (it|there) (possible|a way)|"
    r"(would|will) (greatly |really |highly )?appreciate|any (advice|help|suggestions?|ideas?|update)|help me|guide me|"
    r"s'il vous plait|svp|stp|pourriez|pouvez-vous|merci de|comment (faire|puis|peut|on)|ou (trouver|est|sont)|"
    r"est-il possible|quelqu'un (sait|peut|aurait)|auriez-vous|je cherche|besoin d'aide|"
    r"(i|we) (have|had|got) (a |some )?(doubts?|questions?|query|queries)|unable to|not able to|"
    r"(cannot|can't|can not) (find|see|access|open|submit)|(is|are) not (working|showing|visible|available)|"
    r"j'ai une question|je me pose (la |cette )?(meme )?question|i (also )?have the same (question|doubt|query)|"
    r"je n'arrive pas|impossible de (trouver|voir|acceder|ouvrir)|ne (fonctionne|marche) pas)\b"
)
"""Words that ask a question or for something: a question without its question mark, a problem
reported ("I am unable to open the form", "je n'arrive pas à me connecter"), a question asked again ("je me pose
la même question")."""
MAX_WORDS = 60
"""Longer replies say more than an acceptance: they are read as posts of their own."""


def asks(post: Post | None) -> bool:
    """The post asks a question or for something: it has an answer to accept."""
    if post is None:
        return False
    return any(QUESTION.search(s) or ASKS.search(fold(s)) for s in sentences(analyse(post).text))


def accepts(post: Post) -> bool:
    """A short reply that thanks or confirms, takes nothing back and asks nothing new."""
    said = sentences(analyse(post).text)
    text = fold(" ".join(said))
    if not said or len(text.split()) > MAX_WORDS or any(QUESTION.search(s) for s in said):
        return False
    return bool(ACCEPTS.search(text)) and not RESERVES.search(text) and not ASKS.search(text)


def _answers_member(answer: Post, asked: Post | None, username: str, topic: Topic, by_number: dict[int, Post]) -> bool:
    """`answer` (to `asked`, the post it answers) answers what `username` asked: it replies to or quotes
    their post (the post just above, when it replies to nothing, if that asked something), names them
    after they wrote, or, for the topic's author, answers the thread itself."""
    if (
        asked is not None
        and asked.username == username
        and (asked.post_number == answer.reply_to_post_number or asks(asked))
    ):
        return True
    if username == topic.author and answer.reply_to_post_number in (None, 1):
        return True
    if fold(username) not in {fold(m) for m in analyse(answer).mentions}:
        return False
    return any(p.username == username and p.post_number < answer.post_number for p in by_number.values())


def answered(reply: Post, by_number: dict[int, Post]) -> Post | None:
    """The post `reply` answers (among `by_number`, the thread's posts by number, in thread order): the
    latest earlier one a bare "> " passage of it copies, else the one it replies to or quotes, else the
    post just above it."""
    quoted = [q.post_number for q in analyse(reply).quotes if q.post_number in by_number]
    cited = cited_posts(reply, by_number.values())  # a bare "> " passage: which earlier post it copies
    target = cited[-1] if cited else reply.reply_to_post_number or (quoted[-1] if quoted else None)
    if target is None and reply.post_number - 1 in by_number:
        target = reply.post_number - 1  # the usual case, without a pass over the thread
    if target is None:
        target = max((n for n in by_number if n < reply.post_number), default=None)
    return by_number.get(target) if target is not None else None


def thread_asks(topic: Topic) -> bool:
    """The title or the opening post asks a question or for something."""
    return bool(QUESTION.search(topic.title.strip())) or asks(topic.post(1))


def only_asks(post: Post) -> bool:
    """Every sentence of the post is a question ("Any update?"): it answers nothing."""
    said = sentences(analyse(post).text)
    return not said or all(QUESTION.search(s) for s in said)


MAX_ANSWERERS = 5
"""A question more members replied to is a debate: its latest reply is one voice among many."""


def opens_asking(post: Post) -> bool:
    """The post's first sentence asks (a request, a question, a problem): it asks more than it answers."""
    said = [s for s in sentences(analyse(post).text) if len(s.split()) >= 3]
    return bool(said) and bool(QUESTION.search(said[0]) or ASKS.search(fold(said[0])))


def answers(topic: Topic) -> list[int]:
    """Replies that may answer the thread's question, latest first: posts of other members than
    its author that reply to the author (or to nothing, in a flat thread) and do not only ask;
    none when the thread asks nothing or is a debate (`MAX_ANSWERERS`)."""
    posts = [p for p in topic.posts if p.is_regular]
    if not thread_asks(topic) or len({p.username for p in posts} - {topic.author}) > MAX_ANSWERERS:
        return []
    by_number = {p.post_number: p for p in posts}
    out = []
    for p in posts:
        if p.post_number == 1 or p.username == topic.author or only_asks(p):
            continue
        target = by_number.get(p.reply_to_post_number or 0)
        if p.reply_to_post_number is None or (target is not None and target.username == topic.author):
            out.append(p.post_number)
    return out[::-1]


def accepted_answers(topic: Topic, thread_only: bool = False) -> frozenset[int]:
    """Posts that settled a question: marked as the solution, or thanked in reply by the member
    they answer (`_answers_member`). Only answers to a question count: the thread's (its title
    or opening post) or the one the answer replies to; a post that only asks answers nothing.
    `thread_only`: only thanks for an answer to the thread's author count (from them, or from a
    member the same answer helps); another member's thanks settle that member's own question."""
    posts = [p for p in topic.posts if p.is_regular]
    by_number = {p.post_number: p for p in posts}
    asked = thread_asks(topic)

    def answers_a_question(answer: Post, target: Post | None) -> bool:
        if answer.post_number == 1 or only_asks(answer):
            return False
        return asked or asks(target)

    out = {p.post_number for p in posts if p.accepted_answer and answers_a_question(p, answered(p, by_number))}
    for reply in posts:
        if reply.post_number == 1 or not accepts(reply):
            continue
        answer = answered(reply, by_number)
        if answer is None or answer.username == reply.username:
            continue
        target = answered(answer, by_number)  # read once: a bare "> " passage makes it a pass over the thread
        if not answers_a_question(answer, target):
            continue
        if opens_asking(answer):  # "Can you merge this?" thanked by whom it asked: courtesy
            continue
        if thread_only and not (
            reply.username == topic.author or _answers_member(answer, target, topic.author or "", topic, by_number)
        ):
            continue
        if _answers_member(answer, target, reply.username, topic, by_number):
            out.add(answer.post_number)
    return frozenset(out)
