"""The digest on shapes real forums' weeks hold, through the sandbox and the real engine: a
results date next to a deadline, a deadline whose line says only "Deadline:", a helper's
question to the asker, a request to a named member, a version number inside a question,
a link removed from between brackets, several members asking for the same missing link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.digest.sections import excerpt
from tests.conftest import Clock
from tests.handlers.digest.test_digest import section

START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # Monday of ISO week 47
DIGEST_AT = datetime(2026, 11, 23, 8, 5, tzinfo=UTC)  # Monday 09:05 in Paris: the digest of week 47

TEXTS = {
    "en": {
        "project": ("The second course project", "Please post your questions about the second project here."),
        "limit": 'Deadline: [date=2026-11-27 timezone="Europe/Paris"]',
        "results": "The written report is due on 26 November. Results will be published by 4 December.",
        "export": (
            "The export script is slow",
            "The export takes ages on my laptop. Is version 3.2 of the export script still maintained?",
        ),
        "upload": ("My upload fails every time", "My upload fails with a timeout after a minute."),
        "clarify": "Could you share the exact error message you get?",
        "marks": ("Marks of the first quiz", "@gus could you add the marks of the quiz to the sheet today?"),
        "build": "Notes on building the tools",
        "cause": "Found it: the build tool and the archive library do not match {link}. Updating the library fixed it.",
        "workshop": (
            "Compost workshop at the farm",
            "Compost workshop on Saturday 28 November at 10am at the farm, registration required.",
        ),
        "ask": "The registration link for the workshop is missing, does anyone have it?",
        "again": "I can't find the registration link for the workshop either, could someone post it?",
        "sections": ("Coming up", "Still open", "Most appreciated"),
        "question": "Is version 3.2 of the export script still maintained?",
    },
    "fr": {
        "project": ("Le deuxième projet du cours", "Posez ici vos questions sur le deuxième projet."),
        "limit": 'Date limite : [date=2026-11-27 timezone="Europe/Paris"]',
        "results": "Le rapport écrit est à rendre le 26 novembre. Les résultats seront publiés le 4 décembre.",
        "export": (
            "Le script d'export est lent",
            "L'export prend des heures sur mon portable. La version 3.2 du script d'export est-elle encore maintenue ?",
        ),
        "upload": ("Mon envoi échoue à chaque fois", "Mon envoi échoue au bout d'une minute."),
        "clarify": "Pourrais-tu copier le message d'erreur exact que tu obtiens ?",
        "marks": ("Les notes du premier quiz", "@gus peux-tu ajouter les notes du quiz dans le tableau aujourd'hui ?"),
        "build": "Notes sur la compilation des outils",
        "cause": "Trouvé : l'outil de compilation et la bibliothèque d'archives ne vont pas ensemble {link}. "
        "Mettre la bibliothèque à jour a tout réglé chez moi.",
        "workshop": (
            "Atelier compost à la ferme",
            "Atelier compost samedi 28 novembre à 10h à la ferme, inscription obligatoire.",
        ),
        "ask": "Il manque le lien d'inscription pour l'atelier ?",
        "again": "Moi non plus je ne trouve pas le lien d'inscription de l'atelier ?",
        "sections": ("À venir", "Toujours en suspens", "Les plus appréciés"),
        "question": "La version 3.2 du script d'export est-elle encore maintenue ?",
    },
}


WHISPERED = "Staff only: the grading sheet moves to the other drive tonight."
HIDDEN = "A post the community flagged until it was hidden."


def exported(at: datetime, title: str, sentence: str) -> dict:
    """A topic as `/t/{id}.json` gives it: cooked HTML, a bare address made a link, likes counted,
    then a whisper and a hidden post, both more liked than any other post of the week."""
    address = "https://example.org/issues/42"
    before, after = sentence.split("{link}")
    cooked = f'<p>{before}(<a href="{address}">{address}</a>){after}</p>'

    def post(number: int, username: str, cooked: str, likes: int, **flags: object) -> dict:
        summary = [{"id": 2, "count": likes}]
        made = {"id": 9000 + number, "post_number": number, "username": username, "created_at": at.isoformat()}
        return {**made, "cooked": cooked, "actions_summary": summary, **flags}

    posts = [
        post(1, "hal", cooked, 3),
        post(2, "orga", f"<p>{WHISPERED}</p>", 9, post_type=4, moderator=True),
        post(3, "ivy", f"<p>{HIDDEN}</p>", 8, hidden=True),
    ]
    return {"id": 901, "title": title, "category_id": 1, "created_at": at.isoformat(), "post_stream": {"posts": posts}}


async def digest_forum(make_sandbox, make_engine, clock: Clock, language: str, users: tuple[str, ...]):
    """An empty sandbox with `users`, and an engine posting its digest and syntheses in category 3."""
    sb = await make_sandbox(clock, seed=False)
    for name in users:
        sb.add_user(name)
    engine = await make_engine(
        sb,
        clock,
        language=language,
        digest={"category_id": 3},
        summaries={"category_id": 3},
        metrics={"enabled": False},
    )
    await engine.run_once()
    return sb, engine


async def digest_posted(sb, engine, clock: Clock) -> str:
    """The digest of week 47 as scribe posts it at `DIGEST_AT`."""
    clock.now = DIGEST_AT
    await engine.run_once()
    [digest] = [t for t in sb.forum.topics.values() if t.category_id == 3 and "2026" in t.title]
    return sb.forum.posts[digest.post_ids[0]].raw


async def digest_of_week(make_sandbox, make_engine, language: str) -> tuple[str, dict[str, int]]:
    text = TEXTS[language]
    clock = Clock(START)
    users = ("ana", "bob", "carla", "dan", "eve", "fay", "gus", "hal", "ivy", "jo", "kim", "orga")
    sb, engine = await digest_forum(make_sandbox, make_engine, clock, language, users)
    topics: dict[str, int] = {}

    async def post(user: str, raw: str, topic: str | None = None, title: str | None = None) -> dict:
        clock.advance(hours=2)
        made = sb.create_post(user, raw, topic_id=topics.get(topic or ""), title=title, category_id=1)
        if title:
            topics[topic or title] = made["topic_id"]
        await engine.run_once()
        return made

    title, raw = text["project"]
    await post("ana", f"{raw}\n\n{text['limit']}", "project", title)
    await post("bob", text["results"], "project")
    clock.advance(hours=2)
    topics["build"] = sb.load(
        exported(clock.now, text["build"], text["cause"])
    )  # cooked only, as exports and old posts are
    await engine.run_once()
    title, raw = text["export"]
    await post("carla", raw, "export", title)
    title, raw = text["upload"]
    await post("dan", raw, "upload", title)
    await post("eve", text["clarify"], "upload")
    title, raw = text["marks"]
    await post("fay", raw, "marks", title)
    title, raw = text["workshop"]
    await post("orga", raw, "workshop", title)
    await post("jo", text["ask"], "workshop")
    await post("kim", text["again"], "workshop")
    clock.advance(hours=8)
    await engine.run_once()
    return await digest_posted(sb, engine, clock), topics


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_a_deadline_is_a_limit_stated_in_its_own_sentence_and_says_where(make_sandbox, make_engine, language):
    raw, topics = await digest_of_week(make_sandbox, make_engine, language)
    coming = section(raw, TEXTS[language]["sections"][0])
    # results announced on a date, next to a sentence with a due date: not a deadline
    assert "[date=2026-12-04" not in coming, coming
    # a line that says only "Deadline:" names its topic
    [line] = [line for line in coming.splitlines() if "[date=2026-11-27" in line]
    assert TEXTS[language]["project"][0] in line and f"/t/-/{topics['project']}/1" in line
    # a limit is shown with its own sentence, not the next one
    [line] = [line for line in coming.splitlines() if "[date=2026-11-26" in line]
    assert "26" in line.split(" — ", 1)[1] and "4 " not in line.split(" — ", 1)[1], line


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_only_the_askers_own_questions_are_listed_whole(make_sandbox, make_engine, language):
    raw, topics = await digest_of_week(make_sandbox, make_engine, language)
    still = section(raw, TEXTS[language]["sections"][1])
    assert f"« {TEXTS[language]['question']} »" in still, still  # "3.2" does not end a sentence
    assert f"/t/-/{topics['upload']}/2" not in still  # a helper's question to the asker
    assert f"/t/-/{topics['marks']}/1" not in still  # a request to a named member


@pytest.mark.parametrize("language", ["en", "fr"])
async def test_one_line_per_missing_link(make_sandbox, make_engine, language):
    raw, topics = await digest_of_week(make_sandbox, make_engine, language)
    liked = section(raw, TEXTS[language]["sections"][2])  # a link kept as its address, read from cooked HTML
    assert f"/t/-/{topics['build']}/1" in liked and "(https://example.org/issues/42)" in liked, liked
    still = section(raw, TEXTS[language]["sections"][1])
    asked = [line for line in still.splitlines() if f"/t/-/{topics['workshop']}/" in line]
    assert len(asked) == 1 and f"/t/-/{topics['workshop']}/2" in asked[0], still


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "The toolset and the library versions do not match (). Updating the library fixed it.",
            "The toolset and the library versions do not match. Updating the library fixed it.",
        ),
        (
            "L'outil et la bibliothèque ne vont pas ensemble ( ), la mise à jour a tout réglé.",
            "L'outil et la bibliothèque ne vont pas ensemble, la mise à jour a tout réglé.",
        ),
    ],
)
def test_an_excerpt_drops_the_brackets_a_removed_link_leaves(text: str, shown: str) -> None:
    assert excerpt(text) == shown


def test_an_excerpt_drops_emoji_codes_which_inert_text_would_show_as_code() -> None:
    assert excerpt("Merci à tous :slight_smile: la salle est réservée :tada:Rendez-vous mardi") == (
        "Merci à tous la salle est réservée Rendez-vous mardi"
    )
    assert excerpt("Results at 1:47:00 :+1:t3:") == "Results at 1:47:00"


async def test_a_whisper_and_a_hidden_post_of_an_export_stay_out(make_sandbox, make_engine):
    raw, topics = await digest_of_week(make_sandbox, make_engine, "en")
    assert f"/t/-/{topics['build']}/1" in section(raw, "Most appreciated")
    assert WHISPERED not in raw and "grading sheet" not in raw and HIDDEN not in raw and "flagged" not in raw
    assert f"/t/-/{topics['build']}/2" not in raw and f"/t/-/{topics['build']}/3" not in raw
