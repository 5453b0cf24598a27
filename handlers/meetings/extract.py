"""Meetings read from a post: which dates are meetings, their title, link and status.

A date is a meeting only in a post about a meeting (visio, réunion, webinaire, AG, call…);
deadlines ("avant le", "date limite"), releases and dates that name no day ("2024",
"12 mois") are not. Discourse `[event]` blocks are meetings by themselves. A meeting is
announced by staff or by a topic's opening post that asks nothing; any other post announces one
only with its time, in the sentence that names it (a day a student mentions is rarely a meeting).
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from bot.dateorder import DateOrder
from bot.models import Post
from bot.text import (
    ADDRESS,
    ANALYSED,
    Link,
    analyse,
    chat_invite,
    element_attributes,
    every_link,
    fold_same_length,
    tables,
    topic_page,
)
from handlers.meetings.cues import EXAM, GATHERING, WEAK_CUE, _no_sitting, has_cue
from handlers.meetings.dates import (
    BARE_WEEKDAY,
    INSTEAD,
    STAMP_LINE,
    WD,
    WD_ANY,
    Found,
    day_spans,
    find_cooked,
    find_dates,
    find_delays,
    find_markup,
    find_stamped_times,
    stamped_under_heading,
)
from handlers.meetings.meeting import Meeting, Reading, meeting_id
from handlers.meetings.sentences import _ASIDE_ENDS, _clause, _found, _line_bounds, _sentence_bounds

DEADLINE_BEFORE = re.compile(
    r"\b(?:au plus tard|date limite|dates limites|limite|deadline|due date|last date|last day|cut-?off|"
    r"closing date|clotures?|echeance|candidatures?|"
    r"publiee?s?|publication|parution|sortie|released?|expire|expires|close|closes|closing|ferme|fermeront)\b"
    r"[^.!?\n]{0,30}$"
    r"|\b(?:mise? a jour|actualisee?|updated|edited|last updated|modifiee?)\W*(?:(?:du|le|on|at|a)\s+)?$"
    r"|\b(?:date limite|dates limites|deadline|due date)\b[^.!?\n]{0,60}$"
    r"|\b(?:early|late|early-bird|early bird) registration\b[^.!?\n]{0,20}$"
    r"|\b(?:avant|jusqu'(?:au|a)|d'ici|before|by|until|till|due|no later than|depuis|since|rendu|rendre)"
    r"(?:\s+(?:le|la|the|au|a|du|on))?\s*$"
)
DEADLINE_AFTER = re.compile(r"^[\s,:(-]*(?:date limite|deadline|dernier delai|au plus tard|at the latest)\b")
CANCEL = re.compile(
    r"\b(?:annulee?s?|annulation|cancell?ed|cancell?ation|called off|n'aura pas lieu|n'aura plus lieu|"
    r"will not take place|won't take place|suspendue?s?|tombee?s? a l'eau|"
    r"(?:(?:will|shall|would) not|won't|shan't) (?:be (?:conducted|held|happening|organi[sz]ed)|happen)"
    r"(?! (?:online|offline|virtually|in person|physically|on (?:zoom|meet|google meet|teams)|in (?:the )?class))|"
    r"ne (?:pourra|peut|pourront|peuvent) (?:pas|plus) (?:avoir lieu|se tenir)|"
    r"(?:dois|doit|devons|devez|devoir|obligee?s? d'|contrainte?s? d'|decide d'|preferons|prefere) ?annuler)\b"
)
NO_MEETING = re.compile(
    r"(?:\bthere (?:will|would|shall) be no|\bthere is no|\bthere's no|\bthere (?:won't|will not) be (?:a|any)|"
    r"(?:^|(?<=[.!:,] ))no)\s+(?:(?:live|ta|doubt|clearing|doubt-clearing|revision|regular|weekly|office|online|"
    r"offline|further|more|group|mentoring|lab|the|a|any)\s+)*"
    r"(?:sessions?|class(?:es)?|meetings?|calls?|lectures?|hours|webinars?|tutorials?|meets?)\b"
    r"(?!\s*(?:links?|recordings?|replays?|videos?|slides|notes|ids?|codes?|passwords?|materials?|attendance)\b)"
    r"|\b(?:il n'y (?:aura|a) )?pas de (?:\w+ )?"
    r"(?:visios?|reunions?|seances?|permanences?|ateliers?|rencontres?|webinaires?|lives?)\b",
    re.M,
)
"""A meeting said not to take place ("there will be no live session on Sunday", "pas de visio jeudi"):
called off like a cancelled one; a session's missing link or recording is not."""
POSTPONE = re.compile(
    r"\b(?:reportee?s?|decalee?s?|deplacee?s?|postponed|preponed|rescheduled|shifted|moved to|"
    r"remise?s? (?:a plus tard|a une (?:date ulterieure|autre date)))\b"
)
_PAST_DAY = r"yesterday|last (?:night|week|session|class|time)|earlier today|hier"
"""Past words that date an event themselves."""
PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeing )\b(?:held|discussed|covered|explained|shown|conducted|submitted)\b|"
    r"\bmissed (?:(?:the|this|that|today's|yesterday's|last|our|your|their|a|an) )?(?:[\w'-]+ ){0,2}?"
    r"(?:sessions?|meetings?|class(?:es)?|webinars?|lectures?|live|calls?|events?|workshops?|talks?|seminars?)\b|"
    r"\b(?:sessions?|meetings?|class|webinar|lecture|live|call)\b[^.!?]{0,60}\bmissed it\b|"
    rf"\b(?:was|were|had|did|attended|took place|happened|showed|{_PAST_DAY}|"
    r"a eu lieu|ont eu lieu|s'est tenue?s?|se sont tenue?s?|s'est deroulee?s?|se sont deroulee?s?|"
    r"avons eu|avez ete|etiez|etait)\b|"
    r"\b(?:ai|as|a|avons|avez|ont) (?:rate|manque|loupe) (?:(?:la|le|les|l'|cette|notre|votre) ?)?(?:[\w'-]+ ){0,2}?"
    r"(?:visios?|reunions?|seances?|sessions?|ateliers?|webinaires?|conferences?|rencontres?|cours|lives?)\b"
)
"""A sentence about something that already happened: its date is not a meeting to come ("will be
held" is to come). Only a meeting missed puts it past: a missed bus or deadline does not."""
_SESSION_FR = (
    r"(?:visios?|reunions?|seances?|ateliers?|webinaires?|rencontres?|permanences?|ag|assemblees?|conferences?|"
    r"formations?|comites?|lives?|sessions?)"
)
_OF_SESSION_FR = rf"(?:la |le |l'|les |notre |votre |cette |ce )?(?:[\w-]+ )?{_SESSION_FR}"
"""A French session, with its article ("l'atelier", "la dernière visio")."""
_RECORD_FR = (
    r"replay|enregistrements?|videos?|diaporamas?|diapos?|cr|comptes?[- ]rendus?|supports?(?: de presentation)?|"
    r"photos|notes|decisions"
)
"""The record of a session handed over after it ("le CR de la réunion", "le replay de la visio")."""
_AGREED_FR = (
    r"convenue?s?|discutee?s?|evoquee?s?|dite?s?|decidee?s?|abordee?s?|presentee?s?|expliquee?s?|vue?s?|prise?s?"
)
"""What was agreed or said at a session ("comme convenu lors de la réunion de mardi"): it is behind."""
DEED = re.compile(
    r"\b(?:came|joined|met|went|ran|talked|spoke|presented|enjoyed|turnout|missed you|"
    r"(?:could|did|was|were)(?:n'?t| not) (?:make it|attend|join|come|be there)|"
    r"(?:recordings?|replay|notes|slides|summary|recap|minutes|photos|pictures) (?:of|from)|"
    r"notes taken (?:during|at|in)|"
    r"(?<!etre )(?<!\bete )(?:a|ont) ete (?!(?:\w+ment )?(?:programmee?s?|prevue?s?|fixee?s?|calee?s?|planifiee?s?|"
    r"confirmee?s?|decalee?s?|deplacee?s?|reportee?s?|avancee?s?|annulee?s?|maintenue?s?|ouverte?s?|organisee?s?|"
    r"ajoutee?s?|modifiee?s?|changee?s?|envoyee?s?|renvoyee?s?|transmise?s?|partagee?s?|communiquee?s?)\b)|"
    r"(?:s'est|se sont|s'etait) (?:\w+ )?(?:passee?s?|vue?s?|retrouvee?s?|reunie?s?)|"
    r"(?:nous nous|vous vous) sommes (?:vue?s|retrouvee?s|reunie?s)|"
    r"(?:etes|sont|d'etre) venue?s?|(?:a|ont) reuni|"
    r"(?:avons|avez|ont|on a|nous avons) (?:parle|discute|fait|vu|echange|presente|aborde)|"
    r"(?:retour sur|bilan d[eu']|merci (?:a (?:tous|toutes|vous) )?pour) ?(?:la|le|l'|cette|ce|notre|votre)? ?"
    r"(?:\w+ )?(?:visios?|reunions?|seances?|sessions?|ateliers?|webinaires?|rencontres?|lives?|soirees?|"
    r"permanences?|ag|assemblees?|copils?)|"
    r"suite a (?:la|le|l'|notre|votre|cette|ce)|merci aux participants|"
    rf"(?:{_RECORD_FR}) (?:de|du|des|d')(?= ?{_OF_SESSION_FR})|"
    rf"(?<!etre )(?:{_AGREED_FR}) (?:lors d[eu']|pendant|durant|au cours d[eu']|a|au|en) ?{_OF_SESSION_FR})\b"
)
"""Past deeds and past-event words ("went well", "thanks to all who came", "s'est bien passée", "bilan de"):
the event of their own clause is over ("a été très riche"; not what was done to its link: "a été envoyé").
Looser than `PAST`, so only read in the date's clause, and not in one put in the future ("the slides of the
talk will be shown on Thursday at 6 pm")."""
FUTURE = re.compile(r"\b(?:will|'ll|shall|sera|seront|aura|auront)\b")
LATER = re.compile(
    r"\b(?:tomorrow|tonight|this evening|later today|upcoming|next|"
    r"demain|ce soir|plus tard|prochaine?s?|suivante?s?|a venir)\b"
)
"""Words of an event still to come ("the next one", "tomorrow", "la prochaine"): past words on the
other side of them speak of another event ("for those who missed the last session: join the next one
tomorrow at 6 pm")."""
OWN_EVENT = re.compile(rf"{_PAST_DAY}|missed .*|\w+ (?:rate|manque|loupe) .*")
"""The past words of `PAST` that date or name an event themselves ("hier", "missed yesterday's call"): in
a clause naming its own event they speak of that one ("rendez-vous manqué hier, on se retrouve jeudi à
18h"; "sorry I missed yesterday's call, see you on Tuesday at 10 am for the workshop")."""
REPORT = re.compile(
    r"\b(?:(?:accessibles?|disponibles?|available|accessible|uploaded|en ligne)\s+(?:ici|here|en cliquant|via|sur|on)|"
    r"compte[- ]rendus?|comptes[- ]rendus|minutes of|"
    r"(?:recordings?|replay|enregistrements?|slides|diaporamas?)\s+(?:is |are |will be |sera |seront |est )?"
    r"(?:available|here|uploaded|disponibles?|ici|en ligne|link|lien)|"
    r"(?:watch|voir|revoir|access) (?:the |le |l')?(?:recordings?|replay|enregistrement))\b"
)
"""A line that points at the record of a session (its minutes, its recording): the session is over."""
WINDOW = re.compile(
    r"\b(?:available|accessible|opens?|opened|closes?|closed|downtime|maintenance|submit|submission|deadline|"
    r"due(?! to\b)|"
    r"window|extended|released?|go live|goes live|went live|portal|till|until|jusqu'au|disponibles?|ouvert|"
    r"ouverte|fermee?|cloture|depot|"
    r"exams?|examen|quiz|roe|oppe|end ?term|mock|test|evaluations?|evaluated|grading|graded|results?)\b"
)
"""Words of a window (a form open till, a portal down between) or of an exam: not a meeting
unless the same sentence names one."""
ASKED = re.compile(
    r"\b(?:would love|would like to (?:request|know|ask|demonstrate|present|show)|i'd like to|can we|could we|"
    r"can i|could i|may i|is it possible|would it be possible|when will|when is|when does|est-ce possible|"
    r"pourrait-on|pourrions-nous|serait-il possible|est-il possible|quand aura|quand est|on pourrait|"
    r"nous pourrions|we could|we might|what time|which time|quelle heure|i could|if (?:that|it|this) (?:works|suits)|"
    r"works for you|are you (?:free|available)|how about|what about|would you be (?:free|available)|"
    r"si (?:ca|cela) (?:vous|te) (?:va|convient)|ca vous va|seriez-vous disponibles?|"
    r"je (?:suis|serais|serai) (?:aussi )?dispo\w*|(?:ca|cela) me (?:va|convient)|ca m'arrange|ok pour moi|"
    r"pour moi,? (?:\w+ ){0,3}(?:c'est|ce serait|ca serait) (?:bon|ok|parfait|ideal|top)|"
    r"works for me|suits me|"
    r"(?:i|we)(?:'m| am|'re| are) (?:available|free)|if you (?:want|wish|would like|'d like))\b"
)
"""A date someone asks for or about: not a meeting anyone announced."""
QUESTION_START = re.compile(
    r"^[\W_]*(?:(?:hi|hello|sir|mam|ma'am|madam|dear \w+|team|all|everyone|@[\w.-]+)\W+)*"
    r"(?:is|are|will|would|shall|can|could|do|does|did|has|have)\s+"
    r"(?:there|the|this|that|it|we|you|they|our|any|today'?s?|tomorrow'?s?)\b"
)
"""A sentence opening on "is there", "will the session", "are we": a question, its mark often dropped."""
STAMP_BEFORE = re.compile(r"\b(?:screenshot|screen shot|capture|image|img|photo|file|fichier|log|logs)\b[\s_-]*$")
"""A date in a file name or a log line ("Screenshot 2025-01-30 at 3.07.09 pm")."""
SECONDS = re.compile(r".*?(?<![\d.])\d{1,2}[:.]\d\d[:.]\d\d(?:[.,]\d{1,6}(?!\d))?(?![.\d])")
"""A time written to the second, or to its fraction as a log line writes it ("11:20:21.429"), is a timestamp,
not a meeting (a date written 2020.08.11 is not one). Read from where the date's time is written: the date
itself may be dotted ("20.02.25 at 7 PM")."""
SECONDS_REACH = 12
"""How far after a date's time (or its start) the seconds of a timestamp may end."""
_REQUEST = (
    r"requests?|requesting|could you|can you|would you|will you|pourriez-vous|pouvez-vous|"
    r"(?:can|could) be (?:arranged|conducted|scheduled)|if possible|"
    r"(?:please|pls|plz|kindly) (?:conduct|arrange|organi[sz]e|schedule|hold|keep|plan)"
)
REQUEST = re.compile(rf"\b(?:{_REQUEST})\b")
"""A member asking for a session ("requesting a session on Sunday at 11 AM", "it would be helpful if a
session can be arranged tomorrow", "kindly arrange a session"): asked, not announced, even in a topic the
member opens."""
PLEA = re.compile(
    rf"\b(?:(?:please|pls|plz|kindly)(?! (?:join|attend|come|register))|hope|hoping|wish|svp|merci de|{_REQUEST}|"
    r"je (?:propose|suggere)|i (?:would )?suggest|i propose)\b"
)
"""A member's reply pleading for a session ("please take a session tomorrow at 8 pm"): asked, not announced.
Not in a topic a member opens ("hope to see you all at the session tomorrow at 8 PM" is how a TA without
the staff flag announces one), nor "it would be great if you demonstrate it in today's session at 8pm"."""
MEMBER_QUESTION = re.compile(
    r"^\W*(?:any|anyone|anybody|quelqu'un)\b|\b(?:will|is|are|can|could|does|shall) (?:it|this|that|there)\b|"
    r"\b(?:right|correct|isn't it|na)\W*$|"
    r"^\W*(?:clarifications?|query|queries|questions?|issues?|problems?|confusion)\s+(?:regarding|about|on|with|in)\b"
)
"""A member's question without its mark ("Any live session tonight at 9", "today's session at 7 PM will it
be recorded", "the session is tomorrow at 8 PM right", "Query about tomorrow's session at 8 PM"): the member
asks about a session, and announces none."""
REMARK = re.compile(
    r"\b(?:not able to|unable to|can't|cannot|can not|couldn't|could not|not working|isn't working|doesn't work|"
    r"not (?:opening|loading|accessible)|(?:is|was) (?:broken|expired)|"
    r"clash\w*|told (?:me|us)|heard|i think|i guess|i believe|not yet|won't be able|will not be able|"
    r"impossible de|n'arrive pas|ne marche pas|pourrai pas|pourrais pas|peux pas|serai pas|serais pas|"
    r"ne fonctionne pas)\b"
)
"""A member who cannot join, finds a clash, or passes on what they heard: the session is someone else's."""
ONGOING = re.compile(
    r"\b(?:right now|now live|is live|going live|going on|en ce moment|en cours|commence maintenant)\b"
)
"""A meeting under way, still to join ("one session is going live right now, from 3 to 5 pm")."""
NEGATED = re.compile(r"(?:\b(?:pas|plus|not|jamais|never)|\bwon't)\s+(?:ete\s+|etre\s+|been\s+|be\s+)?$")

VIDEO_HOSTS = (
    "zoom.us",
    "meet.google",
    "meet.jit.si",
    "jitsi",
    "teams.microsoft",
    "teams.live",
    "whereby",
    "webex",
    "bigbluebutton",
    "bbb.",
    "visio.",
    "framatalk",
    "livestorm",
    "gotomeeting",
    "discord.gg",
    "youtube.com/live",
    "youtu.be",
    "twitch.tv",
    "/b/",
)
REGISTRATION_HOSTS = (
    "helloasso",
    "eventbrite",
    "framaforms",
    "forms.gle",
    "docs.google.com/forms",
    "typeform",
    "yurplan",
    "weezevent",
    "billetweb",
    "inscription",
    "register",
    "registration",
    "tally.so",
    "lu.ma",
    "meetup.com",
    "framadate",
    "openagenda",
)


MAYBE = frozenset(
    {
        "a reply names a day without a time",
        "a help request names a day without a time",
        "a reply whose sentence names no meeting",
    }
)
"""Reasons that leave a date in doubt: a reply that speaks of a meeting, but not in the words the
rules need to be sure ("join tomorrow's session between 8-10")."""
MAX_DOUBTS = 2
DOUBT_CHARS = 1500


def link_rank(link: Link) -> int:
    url = link.url.lower()
    if any(h in url for h in VIDEO_HOSTS):
        return 0
    if registration_form(url) or any(w in link.text.lower() for w in ("inscri", "regist")):
        return 1
    return 2


def registration_form(url: str) -> bool:
    """A sign-up form's address (Framaforms, HelloAsso, Google Forms…): a reminder calls it a registration, not
    "the link", since clicking it a minute before the start does not let the reader into the meeting."""
    low = url.lower()
    return any(h in low for h in REGISTRATION_HOSTS)


def _external(links: tuple[Link, ...]) -> list[Link]:
    """The links a meeting may be joined by: on the web, and neither a forum topic (where it is told
    about) nor a chat group's invitation."""
    return [
        link
        for link in links
        if link.url.startswith(("http://", "https://", "//")) and not topic_page(link.url) and not chat_invite(link.url)
    ]


def _unaddressed(text: str) -> str:
    """The text with its written-out web addresses blanked, same length: "…/t/session-on-friday/12"
    names no day."""
    return ADDRESS.sub(lambda m: " " * len(m.group(0)), text)


def _is_deadline(low: str, span: tuple[int, int]) -> bool:
    line_start, _ = _line_bounds(low, span[0])
    before = low[max(line_start, span[0] - 80) : span[0]]
    before = before[before.rfind(";") + 1 :]  # "GA 5 deadline is 20th Feb; the session is on the 19th"
    ended = low[span[1] - 1 : span[1]] in (".", "!", "?")  # a deadline of the next sentence is its own
    return bool(DEADLINE_BEFORE.search(before) or (not ended and DEADLINE_AFTER.match(low[span[1] : span[1] + 30])))


def _titled_for_another_day(post: Post, found: Found, order: DateOrder | None) -> bool:
    """The topic's title names days, none of them the meeting's ("Project Week: January 20-24" for its preparation
    call of 15 October): as the meeting's title it would give readers two dates. `order` None: not read."""
    if order is None or not post.topic_title:
        return False
    day = found.start.astimezone(ZoneInfo(found.tz)).date()
    named = find_dates(post.topic_title, post.created_at, ZoneInfo(found.tz), order)
    return bool(named) and not any(
        g.start.astimezone(ZoneInfo(g.tz)).date() <= day <= (g.end or g.start).astimezone(ZoneInfo(g.tz)).date()
        for g in named
    )


def _title(text: str, found: Found, post: Post, single: bool) -> str:
    if found.title:
        return found.title
    if single and post.post_number == 1 and post.topic_title:
        return post.topic_title
    sentence = _sentence_title(text, *_sentence_bounds(text, found.span[0]))
    return sentence or post.topic_title or ""


TITLE_LENGTH = 90
"""The longest title a sentence gives a meeting, cut between words."""


@lru_cache(maxsize=64)
def _sentence_title(text: str, start: int, end: int) -> str:
    """The title a sentence gives its meetings, read once for all the dates in it (a line of a thousand
    dates is one sentence)."""
    title = textwrap.shorten(_cleaned(text[start:end]), TITLE_LENGTH, placeholder="…")  # whole words
    return title[:-1].rstrip(",;:–-— ") + "…" if title.endswith("…") else title


def _cleaned(sentence: str) -> str:
    """The sentence without its date markup and timestamps, its spaces run together."""
    sentence = re.sub(r"\[/?(?:date|date-range|event)[^\]]*\]", "", sentence).strip(" -–:;,\t")
    return re.sub(r"\s+", " ", re.sub(r"\b\d{4}-\d\d-\d\dT[\d:.]+Z?(?: UTC)?", "", sentence)).strip(" -–:;,")


_JOIN_CUE = re.compile(
    r"\b(?:join\w*|connect\w*|dial[- ]in|log ?in|(?:meeting|call|zoom|meet|teams|webex|video) links?|rejoi\w+|"
    r"connexion|se connecter|participer|participez|liens? (?:de|pour) (?:la |le )?(?:visio\w*|reunion|connexion))\b",
    re.I,
)
"""What the sentence giving a call's link says of it ("you can join using the following link", "lien de la visio")."""


def _joining(text: str, links: list[Link]) -> list[tuple[int, Link]]:
    """The links sentences of the post give to join by, with where each stands: a call's host first, then any but
    a sign-up form (the post's other links are its agenda, a project page, where to propose a topic)."""
    cued = []
    for link in links:
        at = text.find(link.text) if link.text else -1
        at = text.find(link.url) if at < 0 else at
        if at >= 0:
            start, end = _sentence_bounds(text, at)
            said = text[start:end]
            above = text[:start].rstrip()
            if above.endswith(":"):  # "You can join using the following link:" on the line above
                said = above[above.rfind("\n") + 1 :] + " " + said
            if _JOIN_CUE.search(said):
                cued.append((at, link))
    ranked = sorted(cued, key=lambda c: link_rank(c[1]))
    if not ranked or link_rank(ranked[0][1]) == 1:
        return []
    return [c for c in ranked if link_rank(c[1]) != 1]


Joined = tuple[tuple[int, str], ...]
"""The links a post gives to join by, best first, each with where it stands in the text (-1: below it)."""


def _joined_by(post: Post, text: str, links: list[Link]) -> Joined:
    """The links the post gives to join its meetings, whatever their date: those sentences give to join by, else
    a call's previewed below the text (Discourse shows a lone Zoom link as a box, out of the post's words)."""
    joining = _joining(text, links) if links else []
    if joining:
        return tuple((at, link.url) for at, link in joining)
    previewed = _previewed_calls(post, links)
    return ((-1, previewed[0].url),) if previewed else ()


def _link(text: str, found: Found, links: list[Link], joined: Joined) -> str | None:
    """The meeting's link: its own, the one the post gives to join by (`_joined_by`; of several, the first after
    the meeting's date: "hangout at 10:00, join at [Meet]… the planning call at 10:30, its Zoom link: […]"), else
    one near its date."""
    if found.url:
        return found.url
    if joined:
        after = [(at, url) for at, url in joined if at > found.span[0]]
        return min(after)[1] if after else joined[0][1]
    if not links:
        return None
    line_start, line_end = _line_bounds(text, found.span[0])
    line = text[line_start:line_end]
    start, end = _sentence_bounds(text, found.span[0])
    sentence = text[start:end]
    for link in links:
        # A guide or a page linked in another sentence of the paragraph is not where people meet, nor one
        # under words of its own ("the upcoming [imaging workshop](…/workshop.html)"): a page about them.
        page = link_rank(link) == 2
        near = sentence if page else line
        if page and link.text and not ADDRESS.fullmatch(link.text):
            continue
        if (link.text and link.text in near) or link.url in near:
            return link.url
    best = min(links, key=link_rank)
    if link_rank(best) < 2 or len(links) == 1:
        return best.url
    return None


def _own_text(text: str, bot_username: str | None) -> str:
    """The post's text without command lines addressed to the bot (`@scribe réunion …`)."""
    if not bot_username:
        return text
    mention = re.compile(rf"^\s*@{re.escape(bot_username)}\b", re.I)
    return "\n".join("" if mention.match(line) else line for line in text.split("\n"))


def _cancel_marks(low: str) -> list[tuple[int, int, str]]:
    """Sentences that call a meeting off ("cancel") or move it ("move"): (word position, sentence end, kind)."""
    return [
        (m.start(), _sentence_bounds(low, m.start())[1], kind)
        for kind, pattern in (("cancel", CANCEL), ("cancel", NO_MEETING), ("move", POSTPONE))
        for m in _affirmed(pattern, low)
    ]


def _affirmed(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The pattern's matches that no negation just before denies ("n'a pas été annulée", "not cancelled")."""
    return (m for m in pattern.finditer(low) if not NEGATED.search(low[max(0, m.start() - 16) : m.start()]))


STRUCK_HTML = re.compile(r"<(s|del|strike)\b[^>]*>.*?</\1>", re.I | re.S)
STRUCK_RAW = re.compile(r"~~[^~\n]+~~|<(s|del|strike)>[^<]*</\1>", re.I)


def unstruck(post: Post) -> Post:
    """The post without its struck-out text: staff edit a schedule by striking the old day or time out
    ("on ~~Tuesday~~ Wednesday at 7 PM"), what is struck no longer stands."""
    if post.cooked:
        cooked, struck = STRUCK_HTML.subn(" ", post.cooked)
        return replace(post, cooked=cooked) if struck else post
    raw, struck = STRUCK_RAW.subn(" ", post.raw or "")
    return replace(post, raw=raw) if struck else post


def read_post(
    post: Post,
    default_tz: ZoneInfo,
    bot_username: str | None = None,
    explain: bool = False,
    *,
    order: DateOrder,
) -> Reading:
    """The meetings a post announces, calls off or moves, its numeric dates read in the forum's `order`.
    `explain`: also the timed dates of a post that names no meeting, set aside (the preview's reasons; not
    worth reading dates for otherwise).
    Cached on the post as it stands (a preview reads each post for its figures, its lines and its
    sessions; an edit is another post)."""
    return _read_post(post, default_tz, bot_username, explain, order)


@lru_cache(maxsize=ANALYSED)
def _read_post(post: Post, default_tz: ZoneInfo, bot_username: str | None, explain: bool, order: DateOrder) -> Reading:
    post = unstruck(post)
    pt = analyse(post)
    text = _own_text(pt.with_cited, bot_username)
    unaddressed = _unaddressed(text)
    low = fold_same_length(unaddressed)
    links = _external(pt.links)
    cue = (
        has_cue(unaddressed)
        or any(link_rank(link) == 0 for link in links)
        or (post.post_number == 1 and bool(post.topic_title) and has_cue(post.topic_title or ""))
    )
    # cooked `[date]`s read back as `[date=…]` in the text (bot.text), found with their place
    events = element_attributes(post, "div.discourse-post-event") if "discourse-post-event" in post.cooked else []
    structured = (find_markup(text, default_tz) if "[" in text else []) + find_cooked([], events, default_tz)
    written = post.created_at.astimezone(default_tz).date()
    if not structured and not cue:
        if not explain and not CORRECTION.search(low):
            return Reading(())
        dates = find_dates(unaddressed, post.created_at, default_tz, order)
        aside = tuple((f.start, "no meeting named in the post") for f in dates if not f.all_day) if explain else ()
        return Reading((), set_aside=aside, corrected_days=_corrected_days(low, dates, written))
    found = (
        _with_ends(structured, text, post, order)
        if structured
        else _prose_dates(text, unaddressed, low, post, default_tz, order)
    )
    why = {
        id(f): set_aside(f, post, unaddressed, low, not structured) if cue else "no meeting named in the post"
        for f in found
    }
    kept = _dedupe([f for f in found if f.source == "event" or why[id(f)] is None])
    aside = tuple((f.start, w) for f in found if f.source != "event" and (w := why[id(f)]) is not None)
    kept_days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in kept}
    doubts = tuple(
        f
        for f in found
        if why[id(f)] in MAYBE
        and len(text) <= DOUBT_CHARS
        and f.start.astimezone(ZoneInfo(f.tz)).date() not in kept_days
    )[:MAX_DOUBTS]
    marks = _cancel_marks(low)
    meetings: list[Meeting] = []
    cancelled_days: list[date] = []
    weekdays: list[date] = []
    titled_off = len(kept) == 1 and _title_calls_off(post)
    joined = _joined_by(post, text, links) if kept else ()
    for f in kept:
        cancelled, retimed = _called_off(low, f, marks)
        cancelled = cancelled or titled_off
        retimed = retimed or (not cancelled and not f.all_day and _new_hour(low, f))
        if cancelled or retimed:
            cancelled_days.append(f.start.date())
            if f.all_day and BARE_WEEKDAY.fullmatch(low, *f.span):
                weekdays.append(f.start.date())
        meetings.append(_meeting(post, text, f, links, len(kept) == 1, joined, cancelled, order))
    gone = _superseded(low, kept, [f for f in found if why[id(f)] is None], marks) | _moved_on(
        low, marks, kept, meetings
    )
    meetings = [m for f, m in zip(kept, meetings, strict=True) if id(f) not in gone]
    undated = any(
        not any(_sentence_bounds(low, pos)[0] <= f.span[0] < end for f in kept)
        and has_cue(text[_sentence_bounds(low, pos)[0] : end])
        for pos, end, _ in marks
    )
    cancelled_days += [f.start.astimezone(ZoneInfo(f.tz)).date() for f in found if why[id(f)] == REPLACED]
    if _moves_today(low, marks, found):
        cancelled_days.append(written)
    moves = _moves_undated(low, marks, kept, meetings) or _retimed_undated(low, found)
    corrected = _corrected_days(low, found, written)
    return Reading(tuple(meetings), tuple(cancelled_days), undated, aside, doubts, tuple(weekdays), moves, corrected)


CORRECTION = re.compile(r"\b(?:typo|my mistake|my bad|coquille)\s*[!.]|\b(?:i meant|je voulais dire)\b")
"""Words owning up to a slip ("No, today. Typo!", "I meant Thursday"), not a typo fixed in something: the day
named with them is the right one."""


def _corrected_days(low: str, found: list[Found], written: date) -> tuple[date, ...]:
    """The days a post correcting a slip names, "today" among them (no date by itself): none when it corrects
    nothing."""
    if not CORRECTION.search(low):
        return ()
    days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in found}
    return tuple(sorted(days | ({written} if TODAY.search(low) else set())))


MOVED_TO = re.compile(
    r"\b(?:nouvelle date|nouvel horaire|nouveaux horaires|changement de (?:date|programme|plan|jour|creneau)|"
    r"new (?:date|time|timings?)|change of (?:plans?|date|time|schedule)|"
    r"will now (?:be|take place)|(?:is|are) now (?:on|scheduled|held)|now (?:be )?(?:held|scheduled|conducted))\b"
)
"""Words of a move that name only where the meeting goes ("nouvelle date : vendredi 11 à 18h", "the session
will now be held on Friday")."""


def _moves_undated(low: str, marks: list[tuple[int, int, str]], kept: list[Found], meetings: list[Meeting]) -> bool:
    """A sentence moves a meeting ("reportée au…", "nouvelle date :") to one the post announces after those words,
    naming no day before them: the day left is not written."""
    standing = {m.start for m in meetings if not m.cancelled}
    moves = [pos for pos, _, kind in marks if kind == "move"] + [m.start() for m in MOVED_TO.finditer(low)]
    for pos in moves:
        start, end = _sentence_bounds(low, pos)
        inside = [f for f in kept if start <= f.span[0] < end]
        if any(f.span[0] < pos for f in inside):
            continue
        if any(f.span[0] > pos and f.start in standing for f in inside):
            return True
    return False


NEW_HOUR = re.compile(
    r"\b(?:instead of|rather than|in place of|au lieu de)\s+(?:the\s+)?"
    r"\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\b|h\b|hrs?\b)|"
    r"\bwill now (?:start|begin)\b|"
    r"\bnow (?:starts?|begins?) at\b"
)
"""Words giving a meeting its new hour ("will start at 8:30 PM instead of 8 PM", "will now start at 8:30 PM")."""


def _new_hour(low: str, f: Found) -> bool:
    """Whether the date's sentence gives its meeting a new hour: the day's meeting on record at another hour
    no longer starts when it said."""
    return _found(NEW_HOUR, low, *_sentence_bounds(low, f.span[0]))


REFUSED = re.compile(r"\b(?:not|cannot|can't|won't|never|pas|plus)\b[^.!?\n]{0,20}$")


def _retimed_undated(low: str, found: list[Found]) -> bool:
    """A sentence gives the meeting a new time ("the session timing is changed to 7 PM", "nouvel horaire : 19h")
    naming no day, neither asked nor refused: the one meeting on record no longer starts when it said."""
    for m in RETIMED.finditer(low):
        start, end = _sentence_bounds(low, m.start())
        if any(start <= f.span[0] < end for f in found) or "?" in low[m.end() : end + 1]:
            continue
        if not REFUSED.search(low, start, m.start()):
            return True
    return False


def _moved_on(low: str, marks: list[tuple[int, int, str]], kept: list[Found], meetings: list[Meeting]) -> set[int]:
    """The one meeting of the post (its id in `kept`) written before a sentence that moves the session to a
    new start named after the move word ("Live session on 5th Nov, 7 PM. P.S. It is moved to 6th Nov at 7 PM"):
    it no longer starts when it said."""
    standing = {id(f) for f, m in zip(kept, meetings, strict=True) if not m.cancelled}
    for pos, _, kind in marks:
        start, end = _sentence_bounds(low, pos)
        inside = [f for f in kept if start <= f.span[0] < end]
        if kind != "move" or not inside or any(f.span[0] < pos or id(f) not in standing for f in inside):
            continue
        before = [f for f in kept if f.span[0] < start and id(f) in standing]
        if len(before) == 1 and all(f.start != before[0].start for f in inside):
            return {id(before[0])}
    return set()


def _prose_dates(
    text: str, unaddressed: str, low: str, post: Post, default_tz: ZoneInfo, order: DateOrder
) -> list[Found]:
    """The dates written in words, the delays, and the times of gatherings an update block dates by its stamp."""
    dates = day_spans(find_dates(unaddressed, post.created_at, default_tz, order), low)
    stamped = [
        f
        for f in find_stamped_times(unaddressed, dates)
        if GATHERING.search(_no_sitting(low[slice(*_sentence_bounds(low, f.span[0]))]))
    ]
    return dates + _delays(text, low, post, default_tz) + stamped


_NEW_TIME_FR = (
    r"nouvelle (?:date|heure)|nouvel horaire|nouveaux horaires|nouveau creneau|"
    r"changement (?:de date|d'horaire|d'heure|de creneau|de jour)"
)
"""A French update's new day or hour ("nouvel horaire", "changement de date")."""
MOVING = re.compile(
    r"\b(?:now (?:on|at|be|scheduled|held)|new (?:date|time|timings?)|changed to|shifted to|instead|au lieu|"
    rf"a la place|desormais|finalement|{_NEW_TIME_FR})\b"
)
"""Words of an update that moves a meeting ("the session is now on Wednesday", "new timing: 8 PM")."""


def _update_blocks(low: str) -> list[tuple[int, int]]:
    """The paragraphs an edit stamp opens ("Update 12 Nov: …", "EDIT: …"), from the first stamp of each: a
    later stamp of the same paragraph opens a block inside it, which neither adds to it nor needs reading
    again (a post of a thousand stamps would be read a thousand times)."""
    blocks: list[tuple[int, int]] = []
    for m in STAMP_LINE.finditer(low):
        if blocks and m.start() < blocks[-1][1]:
            continue
        end = low.find("\n\n", m.start())
        blocks.append((m.start(), len(low) if end < 0 else end))
    return blocks


def _called_off(low: str, f: Found, marks: list[tuple[int, int, str]]) -> tuple[bool, bool]:
    """Whether a sentence calls the date's meeting off (or moves it away from the date), and whether it
    moves it to a new time that day ("tomorrow's session is moved to 8 PM": the day named before the
    move, at the time after it)."""
    cancelled = retimed = False
    for pos, _sentence_end, kind in marks:
        s_start, s_end = _sentence_bounds(low, pos)
        if not (s_start <= f.span[0] < s_end) or not f.span[1] or _resumes(low, pos, f.span):
            continue
        moved_here = kind == "move" and f.clock is not None and f.span[0] < pos < f.clock
        moved_from = kind == "move" and MOVED_FROM.fullmatch(low, pos, f.span[0]) is not None
        cancelled = kind == "cancel" or moved_from or (f.span[0] < pos and not moved_here)
        retimed = retimed or moved_here
    return cancelled or _formerly(low, f), retimed


_FORMER_WORD = r"\b(?:originally|earlier|previously|initially|formerly)"
FORMERLY = re.compile(
    _FORMER_WORD + r"(?:\s+(?:planned|scheduled|announced|set|fixed|slated))?(?:\s+(?:for|on|at))?[\s:,-]*"
    r"(?:the\s+)?$"
)
"""Just before a date, words naming it as the one planned before ("originally planned for 5th Nov", "earlier
5th Nov 7 PM, now…"): the day left, when its sentence moves the meeting."""
FORMER_WORD = re.compile(_FORMER_WORD)


@lru_cache(maxsize=4)
def _former_words(low: str) -> tuple[list[int], list[int]]:
    """Where the post's words of `FORMERLY` start and end, found once for all its dates."""
    found = list(FORMER_WORD.finditer(low))
    return [m.start() for m in found], [m.end() for m in found]


def _formerly_before(low: str, start: int, pos: int) -> bool:
    """`FORMERLY` between `start` and `pos`: it can only open on the last of its words ending before `pos`
    (what follows that word up to the date holds none of them), so only there is it tried, not from `start`."""
    starts, ends = _former_words(low)
    at = bisect_right(ends, pos) - 1
    return at >= 0 and starts[at] >= start and FORMERLY.match(low, starts[at], pos) is not None


def _formerly(low: str, f: Found) -> bool:
    """Whether the date is named as the former one of a meeting its sentence moves elsewhere."""
    start, end = _sentence_bounds(low, f.span[0])
    if not _formerly_before(low, start, f.span[0]):
        return False
    return POSTPONE.search(low, start, end) is not None or any(p.search(low, f.span[1], end) for p in (MOVING, RETIMED))


MOVED_FROM = re.compile(r"\w+\s+(?:from|du|de)\s+(?:(?:the|le|la)\s+)?")
"""Between a move and a date, "from" ("rescheduled from 18th Feb to 19th Feb", "déplacée du mardi…"): the day left."""
RESUMED = re.compile(
    r"\b(?:next|prochaine?s?|suivante?s?|will|aura|sera|reprise|reprend|resumes?|instead|plutot|"
    r"on se retrouve|retrouvons-nous|rendez-vous|rdv|see you|we(?: will|'ll)? meet)\b"
)
"""In a clause after a cancellation, words of the meeting that follows ("…cancelled, the next session is on
Monday", "pas de permanence ce samedi, reprise le 22", "…annulée, on se retrouve jeudi")."""
INSTEAD_OF = re.compile(r"\b(?:mais|but)\b(?! (?:aussi|egalement|also|too|as well)\b)")
"""Between a day called off and the next one, "mais"/"but": the day held instead ("pas mardi mais jeudi"),
not one called off too ("mais aussi celle de jeudi")."""


def _resumes(low: str, mark: int, span: tuple[int, int]) -> bool:
    """Whether the date, after the mark, names the meeting that follows (or replaces) the one called off:
    in a clause of its own opening on words of a meeting to come, or after "mais"/"but"."""
    start, _ = _clause(low, span)
    if mark < start and RESUMED.search(low, start, span[1]) is not None:
        return True
    return mark < span[0] and INSTEAD_OF.search(low, mark, span[0]) is not None


def _superseded(low: str, kept: list[Found], read: list[Found], marks: list[tuple[int, int, str]]) -> set[int]:
    """The meetings of the post (ids of `kept`) an update paragraph of its own replaces: those on a day the
    update calls off or moves (any date it reads, `read`, counts: "the 18th Feb session is postponed"), or
    the one meeting outside the updates when an update moves a meeting to another day or time, or all of
    them when it calls off a meeting without a date ("Update: the session is cancelled"). An update that
    only adds a meeting replaces none."""
    blocks = _update_blocks(low)
    if not blocks:
        return set()
    inside = {id(f) for f in kept + read if any(a <= f.span[0] < b for a, b in blocks)}
    off = {id(f): any(_called_off(low, f, marks)) for f in kept + read if id(f) in inside}
    old = [f for f in kept if id(f) not in inside]
    moved_days = {f.start.date() for f in read if off.get(id(f))}
    gone = {id(f) for f in old if f.start.date() in moved_days}
    undated_cancel = any(
        kind == "cancel"
        and any(a <= pos < b for a, b in blocks)
        and not any(_sentence_bounds(low, pos)[0] <= f.span[0] < end for f in read)
        for pos, end, kind in marks
    )
    if undated_cancel:  # "Update: the session is cancelled"
        return {id(f) for f in old}
    postponed = any(POSTPONE.search(low, a, b) for a, b in blocks)
    moving = postponed or any(MOVING.search(low, a, b) for a, b in blocks)
    retimed = postponed or any(RETIMED.search(low, a, b) for a, b in blocks)
    if len(old) == 1 and (retimed or (moving and any(id(f) in inside and not off[id(f)] for f in kept))):
        gone.add(id(old[0]))
    return gone


_NEW_WHEN = rf"(?:the |le )?(?:\d[\w:.]*|{WD}|today|tomorrow|tonight|demain)"
RETIMED = re.compile(
    rf"\b(?:now (?:be|scheduled|held|starts?|begins?)|new (?:date|time|timings?)|desormais|{_NEW_TIME_FR}|"
    rf"(?:{WD})[^.!?\n]{{0,40}}(?:(?:a la )?meme heure|same time)|"
    r"(?:commencera|debutera|demarrera|commencerons|will (?:now )?(?:start|begin)) (?:a|at|des) \d[\w:.]*|"
    rf"(?:(?:now|changed|shifted|moved) (?:to|on|at)|instead of|au lieu de) {_NEW_WHEN})\b"
)
"""Words of an update that moves a meeting to another day or time ("EDIT: moved to Thursday, same time"), even
where the new start is not read: the one meeting outside the update no longer starts when it said. Not a
link "now at" another address."""


TODAY = re.compile(r"\b(?:today|aujourd'hui|aujourd hui)\b")


def _moves_today(low: str, marks: list[tuple[int, int, str]], found: list[Found]) -> bool:
    """Whether a sentence calls off or moves today's meeting, named by "today" alone ("today's session is
    postponed to tomorrow 7 PM"): "today" without a time dates nothing by itself, yet names the day left."""
    for pos, end, kind in marks:
        start = _sentence_bounds(low, pos)[0]
        for m in TODAY.finditer(low, start, pos if kind == "move" else end):
            if not any(f.span[0] <= m.start() < f.span[1] for f in found):
                return True
    return False


STARTING = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|commencer?|commences?|debute|opens?|join\w*|rejoi\w+)\b"
)
"""A verb a delay gives the start of ("starts in 30 minutes", "commence dans deux heures", "join the call in…")."""
DELAY_LEAD = 4
"""The words before a delay that say what starts then."""


def _delays(text: str, low: str, post: Post, default_tz: ZoneInfo) -> list[Found]:
    """Starts given as a delay ("the call starts in 30 minutes"), only in a clause naming a meeting:
    "I'll send it in 2 hours" dates nothing, nor "ready in an hour, then a quick meeting". The delay follows
    what starts (a meeting's name, a verb of starting) or opens its clause: "he built the model in 8 hours" is
    how long it took."""
    out = []
    for f in find_delays(text, post.created_at, default_tz):
        start, end = _clause(low, f.span)
        lead = " ".join(low[start : f.span[0]].split()[-DELAY_LEAD:])
        if has_cue(text[start:end]) and (not lead or has_cue(lead) or STARTING.search(lead)):
            out.append(f)
    return out


def _previewed_calls(post: Post, links: list[Link]) -> list[Link]:
    """The call links the post shows only as a preview box (a onebox), which its words leave out."""
    own = {link.url for link in links}
    return [link for link in _external(every_link(post)) if link_rank(link) == 0 and link.url not in own]


def _title_calls_off(post: Post) -> bool:
    """The topic's title says its one meeting is called off ("2018.11.13 Hangout - Cancelled"): organisers edit
    the title of a weekly call's topic and leave its body as it was."""
    if post.post_number != 1 or not post.topic_title:
        return False
    return next(_affirmed(CANCEL, fold_same_length(post.topic_title)), None) is not None


_ONLINE = re.compile(
    r"\b(?:visio\w*|video\w*|zoom|meet|gmeet|jitsi|teams|webex|whereby|discord|bbb|bigbluebutton|online|en ligne|"
    r"distanciel|a distance|remote\w*|virtual\w*|virtuel\w*|hangouts?|webinars?|webinaires?|calls?|appels?|"
    r"live\w*|stream\w*|links?|liens?|url|connexion|connect\w*|dial\w*)\b"
)
"""Words of a meeting joined from afar, or of its link: a reminder of it may say the link is missing."""


@lru_cache(maxsize=64)
def _speaks_of_online(text: str) -> bool:
    """Whether the post's words speak of joining from afar (`_ONLINE`): read once for all its meetings."""
    return _ONLINE.search(fold_same_length(text)) is not None


def _meeting(
    post: Post,
    text: str,
    f: Found,
    links: list[Link],
    single: bool,
    joined: Joined,
    cancelled: bool = False,
    order: DateOrder | None = None,
) -> Meeting:
    return Meeting(
        id=meeting_id(post.topic_id, post.post_number, f.start),
        title=_title(text, f, post, single and not _titled_for_another_day(post, f, order)),
        start=f.start,
        end=f.end,
        tz=f.tz,
        all_day=f.all_day,
        link=(link := _link(text, f, links, joined)),
        other_links=link is None and (bool(links) or any(topic_page(k.url) for k in analyse(post).links)),
        offline=not analyse(post).links and not _speaks_of_online(text),
        topic_id=post.topic_id,
        post_number=post.post_number,
        post_id=post.id,
        author=post.username,
        category_id=post.category_id,
        source=f.source,
        cancelled=cancelled,
        private=post.archetype == "private_message",
    )


def confirmed(post: Post, doubt: Found, start: datetime, end: datetime | None, bot_username: str | None) -> Meeting:
    """The meeting a model confirmed for a date in doubt, at the start (and end) it gave."""
    post = unstruck(post)
    text = _own_text(analyse(post).with_cited, bot_username)
    found = replace(doubt, start=start, end=end, all_day=False, source="model")
    links = _external(analyse(post).links)
    return _meeting(post, text, found, links, True, _joined_by(post, text, links))


def _with_ends(structured: list[Found], text: str, post: Post, order: DateOrder) -> list[Found]:
    """A `[date]` gives the start; the same start written in words may give the end
    ("9:00 – 10:00 PM (IST) [date=… time=21:00:00 …]")."""
    if all(f.end is not None for f in structured):
        return structured
    ends = {
        f.start.astimezone(UTC): f.end
        for f in find_dates(text, post.created_at, ZoneInfo(structured[0].tz), order)
        if f.end is not None
    }
    return [f if f.end is not None else replace(f, end=ends.get(f.start.astimezone(UTC))) for f in structured]


RECORD = re.compile(r"\b(?:recordings?|replays?|slides|videos?|enregistrements?|diaporamas?)\b")
RELEASED = re.compile(
    r"\b(?:upload\w*|available|released?|releasing|published|publish|shared|posted|put up|disponibles?|"
    r"mise?s? en ligne|publiee?s?|partagee?s?)\b"
)
"""A clause on a session's recording or slides going online ("the recording will be uploaded tomorrow"):
its date is the release, the session is over or dated elsewhere."""
ALTERNATIVE_AFTER = re.compile(rf"\s*,?\s*(?:or|ou)\s+(?:on\s+|le\s+|at\s+|a\s+)?(?:\d|(?:{WD_ANY}|tomorrow|demain)\b)")
ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|ou)\s+(?:on\s+|le\s+|at\s+|a\s+)?$")
"""Dates offered as alternatives ("on 18th Feb or 19th Feb", "mardi 19h ou mercredi 20h"): not settled yet."""
REPLACED = "the day a meeting no longer takes place"
"""A day written after "instead of" / "au lieu de": the meeting moved from it (that day's one is called off)."""
TROUBLE = re.compile(
    r"\b(?:crash\w*|errors?|exceptions?|(?<!without )fail\w*|froze|freez\w*|hangs?|bug|disconnect\w*|timed out|"
    r"plante|erreur|bloque)\b"
)
"""A sentence about something going wrong ("the session crashed at 3 pm"): a software session, no meeting."""
HELP_TITLE = re.compile(
    rf"{TROUBLE.pattern}|\b(?:not working|(?:does not|doesn't|do not|don't|won't|cannot|can't) "
    r"(?:work|load|open|start)|(?:is|are) broken|unable to|how (?:to|do|can|should))\b"
)
"""A topic's title reporting trouble or asking how ("X is not working", "Error when loading", "How to…"): a help
request, its question mark often left out."""
HELP_DAY = "a help request names a day without a time"


def _asks_for_help(title: str) -> bool:
    return HELP_TITLE.search(fold_same_length(title).lower()) is not None


FIELD_LABEL = re.compile(
    r"^[^\w\n]*(?:quand|ou|quoi|qui|pour qui|comment|combien|c'est quoi|c'est ou|c'est quand|when|where|what|who|"
    r"how)\s*\?",
    re.M,
)
"""The label of an announcement's field, ending on its question mark the French way ("📅 Quand ? Jeudi 12 mars",
"Où ? En ligne"): no question asked."""


@lru_cache(maxsize=1)
def _asks(low: str) -> bool:
    """A question mark in the post outside its fields' labels (`FIELD_LABEL`): the same for each of its dates,
    so read once per post."""
    return "?" in FIELD_LABEL.sub(" ", low)


def set_aside(f: Found, post: Post, words: str, low: str, prose: bool) -> str | None:
    """Why a date of the post is not a meeting still to come (None when it is one): already past
    when written, a deadline, a window, an exam, an edit stamp, the record of a session held, a
    date asked for, or a member's mention without an announced time. `scribe preview` shows it.
    `words`: the post's text with its addresses blanked (`_unaddressed`), `low` the same folded: a
    meeting is named in words, not in an address ("…/weekly-review-session" names a page)."""
    written = post.created_at.astimezone(ZoneInfo(f.tz))
    if f.all_day and f.start.date() < written.date():
        return "past"
    if not f.span[1]:
        return None if f.all_day or f.start > post.created_at else "past"
    s_start, s_end = _sentence_bounds(low, f.span[0])
    line_start, line_end = _line_bounds(low, f.span[0])
    s = _sentence(words, low, (s_start, s_end, max(s_end, f.span[1])), (line_start, line_end))
    if not f.all_day and f.start <= post.created_at and not _under_way(f, post, s):
        return "past"
    linked = _linked(post, words)
    if prose and any(a <= f.span[0] and f.span[1] <= b and topic_page(link.url) for a, b, link in linked):
        return "the title of a topic linked to"  # "(see [2024.07.16 Weekly Meeting](/t/…))": told there
    if prose and not post.staff:
        # a member announces a meeting only with its time; in a reply (or a topic opened with a question),
        # in the sentence that names it (or under the heading of the block whose "Date & Time:" line it
        # is); the day of one it calls off or moves is still read
        moved = s.has(CANCEL) or s.has(POSTPONE)
        replying = post.post_number > 1 or _asks(low)
        if replying and f.all_day and not moved:
            return "a reply names a day without a time"
        if f.all_day and not moved and _asks_for_help(post.topic_title or ""):
            return HELP_DAY  # "I need these tools for my workshop starting on Monday": a day in the asker's story
        if replying and not s.named:
            return "a reply whose sentence names no meeting"
        if replying and _named_only_by_pages(words, low, s, linked):
            return "a reply pointing at a meeting told of on another page"
        if s.has(PLEA if replying else REQUEST):
            return "asked for, not announced"
        if s.member_question:
            return "asked"
        if s.has(REMARK):
            return "a member's remark on a session"
    if _is_deadline(low, f.span):
        return "deadline"
    stamp = s.line.stamp
    if (stamp and not _after_stamp(low, line_start + stamp.end(), f.span[0])) or s.line.stamped_under_heading:
        return "edit stamp"
    if _in_timetable(s.line.unspaced, post):
        return "a timetable's slot (a series, not one meeting)"
    if _record_of_held(low, f.span, s.records):
        return "record of a session held"
    if _held(low, f.span, s.past) and not s.has(POSTPONE):
        return "past"
    if f.series and not (s.has(CANCEL) or s.has(NO_MEETING) or s.has(POSTPONE)):
        return "a weekday of a series (no one meeting)"  # its day called off or moved is still read
    if s.question:
        return "asked"
    if INSTEAD.search(low, max(0, f.span[0] - 30), f.span[0]):
        return REPLACED
    if ALTERNATIVE_AFTER.match(low, f.span[1], s_end) or _alternative_before(low, s_start, f.span[0]):
        return "one of alternatives"
    if prose and s.has(TROUBLE):
        return "trouble report"
    bounds = _clause(low, f.span)
    if _found(RECORD, low, *bounds) and _found(RELEASED, low, *bounds):
        return "release of a recording"  # a clause on a recording or slides going online
    if s.window and not s.gathering:
        # "the ROE will be held on Sunday at 1 PM", "the evaluation will take place at 10 AM", "Quiz 2 goes
        # live at 9": only a gathering named in the sentence (its support call, a review session) is a meeting
        return "window or exam"
    if s.has(EXAM) and not s.gathering:
        return "window or exam"
    own = _own_start(low, s_start, f.span[0])

    def in_own(pattern: re.Pattern[str]) -> bool:
        return _own_words(pattern, low, own).found(f.span[0])

    if (in_own(WINDOW_ACT) or in_own(EXAM)) and (not in_own(GATHERING) or in_own(REGISTERING)):
        return "window or exam"  # "the session is at 7 PM today and the quiz opens at 9 PM today"
    if _exam_clause(low, *bounds):
        return "window or exam"  # "the quiz is on 20th Feb, so the session on the 19th at 7 PM…"
    if prose and STAMP_BEFORE.search(low[max(0, f.span[0] - 20) : f.span[0]]):
        return "file name or log line"
    if prose and SECONDS.match(low, *_timestamp_bounds(f)):
        return "timestamp"
    if prose and f.all_day and WEEK_OF.search(low, max(line_start, f.span[0] - 20), f.span[0]):
        return "the days naming a week"
    if prose and f.all_day:
        near = words[max(line_start, s_start, f.span[0] - 40) : min(line_end, max(s_end, f.span[1]), f.span[1] + 40)]
        if not (has_cue(near) or WEAK_CUE.search(fold_same_length(near))):
            return "a day named far from any meeting"
    return None


@lru_cache(maxsize=64)
def _linked(post: Post, words: str) -> tuple[tuple[int, int, Link], ...]:
    """Where the post's words are the text of one of its links (each place that text is written), with the
    link: read once for all the post's dates."""
    out = []
    for link in analyse(post).links:
        if len(link.text.strip()) < 3:
            continue  # "[1]", "→": a mark, no words
        at = words.find(link.text)
        while at >= 0:
            out.append((at, at + len(link.text), link))
            at = words.find(link.text, at + len(link.text))
    return tuple(out)


def _named_only_by_pages(words: str, low: str, s: _Sentence, linked: tuple[tuple[int, int, Link], ...]) -> bool:
    """Whether the sentence names its meeting only in the text of links to pages (neither a call nor a form):
    "X will present in the upcoming [imaging workshop](…/workshop.html) on Wednesday at 9" points at a meeting
    its page tells of, which a member's reply does not announce."""
    start = _heading_start(low, s.start)
    pages = [(a, b) for a, b, link in linked if start <= a and b <= s.reach and link_rank(link) == 2]
    if not pages:
        return False
    said = list(words[start : s.reach])
    for a, b in pages:
        said[a - start : b - start] = " " * (b - a)
    return not has_cue("".join(said))


def _space_before(low: str, start: int, end: int) -> int:
    """Where the run of spaces ending at `end` starts (`end` when there is none), not before `start`."""
    while end > start and low[end - 1].isspace():
        end -= 1
    return end


def _alternative_before(low: str, start: int, end: int) -> bool:
    """`ALTERNATIVE_BEFORE` between `start` and `end`, read back only as far as a match can reach: "or", a run
    of spaces, a word of at most two letters and another run (a thousand dates in one sentence are not each
    read from the sentence's start)."""
    last = _space_before(low, start, end)
    first = min([last] + [_space_before(low, start, max(start, last - n)) for n in (1, 2)])
    return ALTERNATIVE_BEFORE.search(low, max(start, first - 2), end) is not None


@lru_cache(maxsize=64)
def _exam_clause(low: str, start: int, end: int) -> bool:
    """A clause naming an exam and no gathering beside its sittings: read once for all its dates."""
    clause = low[start:end]
    return EXAM.search(clause) is not None and GATHERING.search(_no_sitting(clause)) is None


class _Line:
    """The checks of `set_aside` that read a date's whole line, made once for all the sentences on it (a line
    of a thousand sentences is read once, not a thousand times), each when first asked."""

    def __init__(self, low: str, start: int, end: int) -> None:
        self.low, self.start, self.end = low, start, end

    @cached_property
    def text(self) -> str:
        return self.low[self.start : self.end]

    @cached_property
    def stamp(self) -> re.Match[str] | None:
        return STAMP_LINE.match(self.text)

    @cached_property
    def stamped_under_heading(self) -> bool:
        return stamped_under_heading(self.low, self.start, self.end)

    @cached_property
    def unspaced(self) -> str:
        return _unspaced(self.text)

    @cached_property
    def short(self) -> bool:
        return len(self.text.strip()) < 60


@lru_cache(maxsize=64)
def _line(low: str, start: int, end: int) -> _Line:
    """One reading per line for all the sentences of a post on it."""
    return _Line(low, start, end)


class _Sentence:
    """The checks of `set_aside` that read a date's whole sentence, made once for all the dates in it (a
    sentence of two thousand dates is read once, not two thousand times), each when first asked; those of its
    line, once for all the line's sentences (`_Line`)."""

    def __init__(self, text: str, low: str, bounds: tuple[int, int, int], line: tuple[int, int]) -> None:
        self.text, self.low = text, low
        self.start, self.end, self.reach = bounds  # `reach`: the end, or the end of a date running past it
        self.line = _line(low, *line)
        self.words = low[self.start : self.reach]
        self._found: dict[re.Pattern[str], bool] = {}

    def has(self, pattern: re.Pattern[str]) -> bool:
        if pattern not in self._found:
            self._found[pattern] = pattern.search(self.words) is not None
        return self._found[pattern]

    @cached_property
    def named(self) -> bool:
        """A meeting named in the sentence, or in the heading of the block whose field line it is."""
        return has_cue(self.text[_heading_start(self.low, self.start) : self.reach])

    @cached_property
    def member_question(self) -> bool:
        return MEMBER_QUESTION.search(self.words.strip()) is not None

    @cached_property
    def question(self) -> bool:
        return (
            self.has(ASKED)
            or QUESTION_START.match(self.words) is not None
            or self.low[self.end : self.end + 1] == "?"
            or self.words.rstrip().endswith("?")
        )

    @cached_property
    def records(self) -> tuple[tuple[tuple[int, int], bool], ...]:
        """The clauses pointing at a session's record, and whether each puts that record to come."""
        clauses = (_clause(self.low, m.span()) for m in REPORT.finditer(self.low, self.start, self.reach))
        return tuple((c, FUTURE.search(self.low, *c) is not None) for c in clauses)

    @cached_property
    def past(self) -> tuple[tuple[re.Match[str], bool], ...]:
        """The past words, and whether each dates or names an event of its own."""
        return tuple((m, _dates_its_own(self.low, m)) for m in PAST.finditer(self.low, self.start, self.reach))

    @cached_property
    def window(self) -> bool:
        """Words of a window or an exam in the sentence, or in the line above a short line of its own."""
        context = self.words
        if self.line.short and self.line.start > 0:
            end = self.line.start - 1  # the last written line above, found without copying the post up to it
            while end > 0 and self.low[end - 1] == "\n":
                end -= 1
            context = self.low[self.low.rfind("\n", 0, end) + 1 : end] + "\n" + self.words
        return WINDOW.search(context) is not None

    @cached_property
    def gathering(self) -> bool:
        """A gathering named in the sentence's words, beside an exam's sittings: not in its addresses, whose
        words ("…/weekly-review-session") name a page, not a session the sentence announces."""
        return GATHERING.search(_no_sitting(self.words)) is not None


@lru_cache(maxsize=64)
def _sentence(text: str, low: str, bounds: tuple[int, int, int], line: tuple[int, int]) -> _Sentence:
    """One reading per sentence for all the dates of a post in it."""
    return _Sentence(text, low, bounds, line)


def _timestamp_bounds(f: Found) -> tuple[int, int]:
    """Where seconds would make the date a timestamp: at its time when it has one, else from its start."""
    return (f.clock, f.clock + SECONDS_REACH) if f.clock is not None else (f.span[0], f.span[1] + SECONDS_REACH)


WINDOW_ACT = re.compile(
    r"\b(?:opens?|opened|closes?|closed|due(?! to\b)|deadline|released?|go live|goes live|submit|submission|available|"
    r"results?|ouvre|ouvrent|ouvriront|ouverte?s?|ferme|ferment|fermeront|fermee?s?|cloture|date limite)\b"
)
"""What a window does (opens, closes, is due): in the words of a date's own, no session's."""
REGISTERING = re.compile(r"\b(?:registrations?|enrol(?:l)?ments?|inscriptions?|applications?|bookings?|sign-?ups?)\b")
"""What opens or closes for a session ("registrations for the workshop open on…"): a window, not the session."""
_JOINS = (" and ", ", ", " et ")


def _own_start(low: str, start: int, pos: int) -> int:
    """Where the words that go with a date start: after the last "and" or comma of its sentence before it."""
    return max([start] + [at + len(j) for j in _JOINS if (at := low.rfind(j, start, pos)) >= 0])


OWN_REACH = 100
"""More than the longest word `_OwnWords` looks for, with all its pattern reads around it."""


class _OwnWords:
    """A pattern searched in the words of a date's own, from their start (`_own_start`) to the date. The dates
    of a sentence with no "and" nor comma between them share that start: each reads on from where the one
    before stopped (a sentence of a thousand dates is read once, not a thousand times), with the same answer
    as a search of the text from that start to the date."""

    def __init__(self, pattern: re.Pattern[str], low: str, start: int) -> None:
        self.pattern, self.low, self.start = pattern, low, start
        self.read_to = start
        self.hit: int | None = None  # where the match found up to `read_to` ends

    def found(self, end: int) -> bool:
        if end < self.read_to:
            return self.pattern.search(self.low[self.start : end]) is not None
        if self.hit is not None and self.hit + OWN_REACH <= self.read_to:
            return True  # a match read well before the end stands whatever follows
        # a match the last reading missed would end within reach of where it stopped; one starting before
        # that reach would have been seen (its pattern reads less far than OWN_REACH around it)
        resume = self.read_to - OWN_REACH if self.hit is None else self.start
        if resume - OWN_REACH >= self.start:
            m = self.pattern.search(self.low, resume, end)  # reads the text before `resume`, not before `start`
            hit = m.end() if m else None
        else:
            m = self.pattern.search(self.low[self.start : end])
            hit = self.start + m.end() if m else None
        self.read_to, self.hit = end, hit
        return hit is not None


@lru_cache(maxsize=256)
def _own_words(pattern: re.Pattern[str], low: str, start: int) -> _OwnWords:
    """One reader per pattern and start of own words, for all the dates that share them."""
    return _OwnWords(pattern, low, start)


WEEK_OF = re.compile(r"\b(?:weeks?|semaines?)\b(?: \d{1,2})?[\s(:,-]*(?:du|of|from|starting)?\s*$")
"""Before a day, the week it names ("Week 6 (17-23 Feb)", "semaine du 17 février"): no meeting that day."""
_WEEKDAY_CELL = re.compile(rf"^(?:{WD_ANY})\.?$")
TIMETABLE_DAYS = 3
"""Header cells naming a weekday that make a table a weekly timetable."""


def timetable_rows(post: Post) -> frozenset[str]:
    """The rows (folded, their cells run together as the flat text runs them, blanks dropped) below
    a weekly timetable's header: a table whose header names weekdays as columns. A slot's day is its
    column's, which the flat text cannot tell; and a timetable gives a series of slots, often other
    courses' too, not one meeting announced: no reminder from it."""
    return _timetable_rows(tables(post))


@lru_cache(maxsize=256)
def _timetable_rows(post_tables: tuple[tuple[tuple[str, ...], ...], ...]) -> frozenset[str]:
    """Read once per post, not again for each date `set_aside` weighs."""
    rows: set[str] = set()
    for table in post_tables:
        below_days = False
        for row in table:
            if _names_weekdays(row):
                below_days = True
            elif below_days and any(c.isdigit() for cell in row for c in cell):
                rows.add(_unspaced(fold_same_length("".join(row)).lower()))
    return frozenset(rows)


def _names_weekdays(row: tuple[str, ...]) -> bool:
    return sum(1 for cell in row if _WEEKDAY_CELL.match(fold_same_length(cell).strip().lower())) >= TIMETABLE_DAYS


def _in_timetable(own: str, post: Post) -> bool:
    """The line (`own`, its spaces dropped) is (part of) a timetable's row: the whole line, not a cell's text
    found inside it, so that a short cell ("2", a week's number) silences no date written under the table."""
    return bool(own) and any(own in row for row in timetable_rows(post))


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _held(low: str, span: tuple[int, int], past: tuple[tuple[re.Match[str], bool], ...]) -> bool:
    """Whether the past words of the sentence (`past`, each with whether it dates an event of its own: see
    `_dates_its_own`) speak of the dated event: not when words of an event to come stand between them
    and the date, the date's own words included ("missed the last session: join the next one tomorrow
    at 6 pm"), nor, outside the date's clause, when that clause puts its event to come, or when they
    date an event their own clause names. Past words after the date are of its event whatever comes
    between ("the workshop on Tuesday at 6 pm, the next in our series, was a success"), unless the
    date's own words put it to come."""
    c_start, c_end = _clause(low, span, _ASIDE_ENDS)
    future = _found(FUTURE, low, c_start, c_end)
    later_clause = bool(past) and (future or _found(LATER, low, c_start, c_end))
    before = [m.end() for m, _ in past if m.start() < span[0]]
    later_before, later_own = _later_from(low, before, span[1]), LATER.search(low, *span) is not None
    for i, (m, dates_its_own) in enumerate(past):
        later = i < later_before if i < len(before) else later_own
        if later:
            continue
        if not (c_start <= m.start() < c_end) and (later_clause or dates_its_own):
            continue
        return True
    return not future and any(not _later_between(low, m, span) for m in _deeds(low, c_start, c_end))


@lru_cache(maxsize=64)
def _deeds(low: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The past deeds (`DEED`) of a clause, found once for all the dates in it (a line of a thousand dates
    is one clause)."""
    return tuple(DEED.finditer(low, start, end))


def _later_from(low: str, starts: list[int], end: int) -> int:
    """How many of `starts` (rising) have words of an event to come between them and `end`: the first ones,
    as a search from further on finds less; found by halving, not by a search from each (a line of two
    thousand dates, each with its past words, would search it four million times)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if LATER.search(low, starts[mid], end):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _later_between(low: str, past: re.Match[str], span: tuple[int, int]) -> bool:
    """Words of an event to come between past words and the date they precede, or in the date's own
    words when the past words come after it."""
    return LATER.search(low, *((past.end(), span[1]) if past.start() < span[0] else span)) is not None


OWN_DATE = re.compile(rf"\b(?:{WD})\b|\b\d{{1,2}}(?:[:h.]\d\d|\s?h\b|\s?[ap]\.?m\b)")
"""A day or time of its own in the clause of past words: they speak of that one ("last week we met on
Tuesday at 6 pm, next we meet on Thursday at 6 pm")."""


def _record_of_held(low: str, span: tuple[int, int], records: tuple[tuple[tuple[int, int], bool], ...]) -> bool:
    """Whether the sentence points at the record of a session held (`records`: the clauses that point at one,
    and whether each is put to come): not at a record still to come ("the replay will be available here
    afterwards", "réunion jeudi 18h, le compte rendu sera publié ensuite") of a date in another clause, or in
    its own clause put to come."""
    if not records:
        return False  # most sentences point at no record: their date's clause need not be read
    clause = _clause(low, span)
    to_come = _found(LATER, low, *clause) or _found(FUTURE, low, *clause)
    return any(not (future and (record != clause or to_come)) for record, future in records)


def _dates_its_own(low: str, past: re.Match[str]) -> bool:
    """Past words dating or naming an event ("hier", "missed the call") in a clause that names it, or
    in a clause giving a day or time of its own."""
    clause = low[slice(*_clause(low, past.span(), _ASIDE_ENDS))]
    return (OWN_EVENT.fullmatch(past.group()) is not None and has_cue(clause)) or OWN_DATE.search(clause) is not None


def _after_stamp(low: str, stamp_end: int, pos: int) -> bool:
    """A date on an update line after the one that stamps it ("Update 27 Feb: tonight's session at
    8 pm" — "tonight" counts from the 27th): the words between name a meeting, or move one ("EDIT:
    rescheduled to Thursday 20th Feb"), or make the date part of a phrase ("Update: the 18th Feb session…")."""
    between = low[stamp_end:pos]
    return has_cue(between) or bool(
        re.search(r"\d|\b(?:the|this|that|ce|cette|la|les)\b", between)
        or re.match(r"(?:the|le)\s", low[pos : pos + 4])
        or POSTPONE.search(between)
        or MOVING.search(between)
    )


_FIELD = re.compile(r"[^\S\n]*[\W_]*[^\S\n]*(?:date|time|date (?:&|and) time|when|timings?|quand|horaires?|heure)\s*:")
"""A "Date & Time:" line of an announcement: what it dates is named by the block's heading."""


def _heading_start(low: str, s_start: int) -> int:
    """Where the sentence's context starts: the sentence itself, or for a field line of a block
    ("Date & Time: …"), the two written lines above it (the block's heading)."""
    if not _FIELD.match(low, s_start):
        return s_start
    start, lines = s_start, 0
    while lines < 2 and start > 1:
        start = low.rfind("\n", 0, start - 1) + 1
        lines += bool(low[start : low.find("\n", start)].strip())
    return start


def _under_way(f: Found, post: Post, sentence: _Sentence) -> bool:
    """Started before the post but not over, and the post says it is on now: still a meeting to join."""
    return f.end is not None and f.end > post.created_at and sentence.has(ONGOING)


def _dedupe(found: list[Found]) -> list[Found]:
    """One meeting per start: the reading with the most detail (time, end, link) wins. A day read
    alone that a timed reading gives too ("next Wednesday (5 Feb) from 10:30") is that meeting."""
    timed_days = {f.start.astimezone(ZoneInfo(f.tz)).date() for f in found if not f.all_day}
    best: dict[datetime, Found] = {}
    for f in found:
        if f.all_day and f.start.astimezone(ZoneInfo(f.tz)).date() in timed_days:
            continue
        key = f.start.astimezone(UTC)
        old = best.get(key)
        if old is None or (f.end is not None, f.url is not None, f.title is not None) > (
            old.end is not None,
            old.url is not None,
            old.title is not None,
        ):
            best[key] = f
    return sorted(best.values(), key=lambda f: f.start)
