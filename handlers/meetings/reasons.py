"""Why a date a post names is no meeting to come: one name per reason.

The value is the reason in English, as the JSON of `scribe preview`, the logs and `scribe eval` print it; the
readable preview words it in the forum's language, from `meetings.aside.<name in lower case>` of the locale files.
"""

from __future__ import annotations

from enum import StrEnum


class Aside(StrEnum):
    PAST = "past"
    NO_MEETING = "no meeting named in the post"
    TOPIC_LINKED = "the title of a topic linked to"
    REPLY_DAY = "a reply names a day without a time"
    HELP_DAY = "a help request names a day without a time"
    REPLY_UNNAMED = "a reply whose sentence names no meeting"
    OTHER_PAGE = "a reply pointing at a meeting told of on another page"
    ASKED_FOR = "asked for, not announced"
    ASKED = "asked"
    REMARK = "a member's remark on a session"
    DEADLINE = "deadline"
    EDIT_STAMP = "edit stamp"
    TIMETABLE = "a timetable's slot (a series, not one meeting)"
    RECORD = "record of a session held"
    SERIES = "a weekday of a series (no one meeting)"
    OPENING = "a place's opening hours on a day"
    OTHER_THING = "the day another thing than a meeting moves to or is called off"
    """"Le marché de producteurs est déplacé à samedi, mais l'apéro reste vendredi 19h": the market's day."""
    BOUNDARY = "a day before or after which something else happens"
    """"Feel free to plan another one after 12th July": a bound, not a meeting's day."""
    REPLACED = "the day a meeting no longer takes place"
    """A day written after "instead of" / "au lieu de": the meeting moved from it (that day's one is called off)."""
    ALTERNATIVE = "one of alternatives"
    SAME_WEEKDAY = "a weekday named on that weekday: today or next week"
    THE_WEEKDAY = "a weekday said with its article: a day told before, not the next one"
    """"Du coup l'atelier passe à 15h le dimanche", of an event moved to Sunday the 14th weeks ahead: which Sunday
    the reply does not write."""
    NEXT_IN_WEEK = "a weekday said 'next' earlier in its own week: this one or the one after"
    """"je vous propose qu'on se retrouve jeudi prochain à 14h", written on a Tuesday: the 4th or the 11th."""
    UNCONFIRMED = "a date its writer says is still to be confirmed"
    """"Prochaine visio le 7 avril à 18h (date à confirmer)": reminded only once someone confirms it."""
    TROUBLE = "trouble report"
    RELEASE = "release of a recording"
    WINDOW = "window or exam"
    LOG_LINE = "file name or log line"
    TIMESTAMP = "timestamp"
    WEEK = "the days naming a week"
    FAR = "a day named far from any meeting"
    CALL_FOR = "a call for papers or applications: the event's days are no session to remind"
    OTHERS = "a meeting of others, told of in passing"
    """"The foundation's TAC meets Wednesday at 10am PT. It's a closed meeting, I'll report back": nothing to join."""
    SIGNATURE = "in the writer's signature"
    """After a "--" line: "Coworking Le Quai — Permanence d'accueil le mardi 9h-12h", no meeting of the post."""
    EXAMPLE = "an example given"
    """"(ex : La Station à Cergy le fait le 1er lundi de chaque trimestre à 18h)": how others do it, no meeting."""
    AWAY = "the days someone is away"
    """"Priya · on leave Dec 21 – Jan 4 · office hours by appointment": a signature's absence, no meeting."""
    ZONE = "a time in a zone scribe cannot read"
    """"10 AM AST" (Atlantic or Arabia?), "noon Central Asia time": reminded at the forum's hour, it would be wrong."""
    SETTING = "a run of days beside a session with its hour: that session's setting, not a meeting of the post"
    """A preparation call's announcement that ends "Project Week will be held June 28-July 2": the week is told of
    where it is announced, not reminded from every call's topic (each would remind it, with the call's link)."""

    @property
    def key(self) -> str:
        """Its message in the locale files."""
        return f"meetings.aside.{self.name.lower()}"
