"""A member who asks scribe itself for a thing a link gives ("@scribe le programme ?", "@scribe et le pad aussi stp")
is answered as by the link command, not told that "le" is no command; "the pad" asked is the link on a pad, whatever
it holds; a direct address naming scribe's other work is no link asked."""

from __future__ import annotations

from datetime import timedelta

from bot.events import PostCreated
from tests.handler_kit import make_post
from tests.handlers.links.test_links import DAY, T0, Bot, replies, topic_of

PROGRAMME = "https://cloud.example.org/s/fete-jardins-2026-programme.pdf"
VISIO = "https://meet.jit.si/amap-reunion-annuelle"
PAD = "https://pad.example.org/p/amap-odj-2026"


async def _answer(posts: list, language: str = "fr") -> str:
    bot = Bot(language=language)
    [answer] = replies(await bot.send(PostCreated(posts[-1]), topic_of(posts), posts[-1].created_at + DAY))
    return answer.raw


async def test_the_programme_asked_of_scribe_is_given() -> None:
    posts = [
        make_post(1, "maelle", f"Fête des jardins **samedi 20 juin**, 11h-23h.\n\n- Programme complet : {PROGRAMME}"),
        make_post(2, "hugo", "@scribe le programme ?", created_at=T0 + DAY),
    ]
    raw = await _answer(posts)
    assert PROGRAMME in raw and "pas compris" not in raw


async def test_and_the_pad_too_asks_for_another_thing_than_the_link_it_replies_to() -> None:
    opening = (
        f"Réunion annuelle **mardi 1er décembre à 20h30** en visio.\n\nVisio : {VISIO}\n"
        f"Ordre du jour à compléter sur le pad : {PAD}"
    )
    first = make_post(1, "philippe", opening)
    asked = make_post(2, "martine", "@scribe le lien de la visio ?", created_at=T0 + DAY)
    bot = Bot()
    sent = await bot.send(PostCreated(asked), topic_of([first, asked]), T0 + DAY)
    [visio] = replies(sent + await bot.fire_timers(topic_of([first, asked]), T0 + DAY + timedelta(hours=2)))
    assert VISIO in visio.raw
    later = T0 + DAY + timedelta(hours=3)
    too = make_post(3, "martine", "@scribe et le pad aussi stp", created_at=later, reply_to_post_number=2)
    [pad] = replies(await bot.send(PostCreated(too), topic_of([first, asked, too]), later))
    assert PAD in pad.raw and VISIO not in pad.raw


async def test_a_pad_asked_of_scribe_by_the_meeting_it_served_is_the_pad() -> None:
    opening = f"Réunion **jeudi 23 avril à 20h** en visio.\n- ODJ à compléter sur le pad : {PAD}\n- visio : {VISIO}"
    posts = [
        make_post(1, "amandine", opening),
        make_post(
            2, "camille", "@scribe le pad de la réunion d'hier stp, je veux relire les décisions", created_at=T0 + DAY
        ),
    ]
    assert PAD in await _answer(posts)


async def test_a_thing_asked_of_scribe_that_no_link_gives_is_said_unsure() -> None:
    posts = [
        make_post(1, "hugo_b", "AGE **samedi 18 avril** à 14h à la Grange, pour voter les statuts modifiés."),
        make_post(2, "lea", "@scribe tu peux me filer les statuts modifiés ? je les ai pas reçus", created_at=T0 + DAY),
    ]
    raw = await _answer(posts)
    assert raw.startswith("Je n'ai trouvé aucun lien du document dont je sois sûr") and "http" not in raw


async def test_scribes_other_work_asked_of_it_is_no_link() -> None:
    posts = [
        make_post(1, "philippe", f"Réunion annuelle mardi 12 mai.\n\nOrdre du jour sur le pad : {PAD}"),
        make_post(2, "martine", "@scribe tu peux faire une synthèse du pad ?", created_at=T0 + DAY),
    ]
    raw = await _answer(posts)
    assert PAD not in raw and "pas compris « tu »" in raw


async def test_thanks_to_scribe_naming_a_thing_ask_for_nothing() -> None:
    posts = [
        make_post(1, "maelle", f"Fête des jardins samedi 20 juin.\n\nProgramme : {PROGRAMME}"),
        make_post(2, "hugo", "@scribe merci pour le programme !", created_at=T0 + DAY),
    ]
    assert PROGRAMME not in await _answer(posts)
