"""A series called off whole "côté vannerie", by its announcer or by a member relaying (then held back, unsure); a
move to "le 12 (samedi)"; and "Ok pour tout le monde →" settling a member's proposed day in a topic titled for the
gathering."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

SERIES = (
    "simone_b",
    "2026-08-20T10:00:00+02:00",
    "Les ateliers vannerie reprennent :\n- mardi 8 septembre, 14h\n- mardi 15 septembre, 14h",
)


async def test_all_called_off_for_a_side_of_the_house() -> None:
    off = ("simone_b", "2026-08-31T09:00:00+02:00", "Désolée, **on annule tout pour septembre côté vannerie**.")
    assert await _standing([SERIES, off]) == []


async def test_all_called_off_by_a_member_holds_every_one_back() -> None:
    off = ("paul_r", "2026-08-31T09:00:00+02:00", "Simone est malade : on annule tout pour septembre.")
    assert await _standing([SERIES, off]) == []


async def test_a_member_calling_off_one_named_leaves_the_others() -> None:
    off = ("paul_r", "2026-08-31T09:00:00+02:00", "Je ne pourrai pas venir le 8, dommage.")
    assert await _standing([SERIES, off]) == ["2026-09-08T12:00:00Z", "2026-09-15T12:00:00Z"]


GAMES = ("nina_s", "2026-11-20T15:00:00+01:00", "Soirée jeux **vendredi 4 décembre à 20h** au café !")


async def test_a_day_number_with_its_weekday_in_brackets() -> None:
    move = (
        "nina_s",
        "2026-11-24T18:30:00+01:00",
        "Le 4 il y a la fête de l'école… **reporté au 12 (samedi)**, même heure.",
    )
    assert await _standing([GAMES, move]) == ["2026-12-12T19:00:00Z"]


async def test_a_weekday_in_brackets_that_is_not_the_days_stays_unread_as_the_day() -> None:
    move = (
        "nina_s",
        "2026-11-24T18:30:00+01:00",
        "Le 4 il y a la fête de l'école… reporté au 13 (samedi), même heure.",
    )
    assert "2026-12-13T19:00:00Z" not in await _standing([GAMES, move])


LIST = (
    "jacqueline_l",
    "2026-11-16T10:00:00+01:00",
    "Les dates de fin d'année :\n- **CA : mardi 1er décembre, 18h**, au local\n- **AG : samedi 12 décembre, 14h**",
)
PROPOSAL = ("franck_d", "2026-11-17T19:20:00+01:00", "Le CA je peux pas le 1er, on le fait le jeudi 3 ?")


async def test_ok_for_everyone_settles_the_proposed_day() -> None:
    settled = ("jacqueline_l", "2026-11-18T08:40:00+01:00", "Ok pour tout le monde → **CA jeudi 3 décembre, 18h**.")
    standing = await _standing([LIST, PROPOSAL, settled], title="Fin d'année : CA et AG")
    assert "2026-12-01T17:00:00Z" not in standing
    assert "2026-12-03T17:00:00Z" in standing


GARDEN = ("agnes_m", "2026-05-20T18:00:00+02:00", "Réunion de prépa de la fête **lundi 22 juin 18h** au local.")


async def test_an_emoji_ends_the_sentence_before_a_call_off() -> None:
    off = "Merci pour hier, la fresque est superbe 🎨 Par contre on annule la réunion du 22, tout est prêt."
    assert await _standing([GARDEN, ("agnes_m", "2026-06-15T09:00:00+02:00", off)]) == []


async def test_an_emoji_inside_a_sentence_ends_none() -> None:
    raw = "Soirée jeux 🎲 au café **vendredi 4 décembre à 20h**, ramenez vos jeux !"
    assert await _standing([("nina_s", "2026-11-20T15:00:00+01:00", raw)]) == ["2026-12-04T19:00:00Z"]


async def test_days_proposed_for_one_meeting_are_offered() -> None:
    raw = (
        "Faut qu'on fasse une réunion pour les bacs à compost. Je propose :\n"
        "- lundi 19 janvier 18h\n- mardi 20 janvier 18h\n\nDites-moi avant dimanche !"
    )
    assert await _standing([("francoise_d", "2026-01-06T18:00:00+01:00", raw)]) == []


async def test_meetings_proposed_each_by_name_are_each_a_meeting() -> None:
    raw = (
        "Pour la fin d'année je propose :\n"
        "- réunion de bureau le **jeudi 12 novembre à 19h**\n- réunion de bureau le **jeudi 10 décembre à 19h**"
    )
    assert await _standing([("marc_b", "2026-10-20T10:00:00+02:00", raw)]) == [
        "2026-11-12T18:00:00Z",
        "2026-12-10T18:00:00Z",
    ]


FAIR = (
    "agnes_m",
    "2026-05-20T18:00:00+02:00",
    "**Fête du quartier samedi 27 juin à 15h** dans le square, concert le soir !",
)


async def test_a_new_hour_with_the_old_in_brackets() -> None:
    later = "La mairie nous demande de commencer plus tard : la fête débutera à **16h** (au lieu de 15h)."
    assert await _standing([FAIR, ("agnes_m", "2026-06-19T11:00:00+02:00", later)], cooked=True) == [
        "2026-06-27T14:00:00Z"
    ]


async def test_an_end_in_brackets_is_no_new_start() -> None:
    later = "Précision : la fête finira à **23h** (au lieu de 22h), on a l'accord de la mairie."
    assert await _standing([FAIR, ("agnes_m", "2026-06-19T11:00:00+02:00", later)], cooked=True) == [
        "2026-06-27T13:00:00Z"
    ]
