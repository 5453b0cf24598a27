"""A move to a new hour whose reason names a day and a closing ("on passe à 17h30, la médiathèque ferme plus tôt
mardi") moves the meeting, it does not call it off; a meeting its announcer called off, then "maintains" ("on
maintient l'atelier … et on commence à 15h"), is on again, at the new hour it is given; "le module 3 est repoussé"
moves the "**Module 3 – …**" announced; "Erreur de copier-coller, pardon : c'est le mardi 10 mars" owns up to a slip;
"Je risque d'être retenue … on verra, je vous tiens au courant" holds the meeting back; a meeting "annulée et
fusionnée avec" another on its day leaves that one standing, "prévoyez jusqu'à 20h" giving its end."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

COMMITTEE = "Comité de pilotage **mardi 24 mars à 18h30** à la médiathèque. Ordre du jour à venir."


async def test_a_move_whose_reason_names_a_day_and_a_closing_moves_the_meeting() -> None:
    """The guard beside the next one: a weekday alone, no hour, in the reason."""
    move = "Petit changement : on passe à 17h30, la médiathèque ferme tôt mardi."
    posts = [("ines_p", "2026-03-16T09:00:00+01:00", COMMITTEE), ("ines_p", "2026-03-19T10:00:00+01:00", move, 1)]
    assert await _standing(posts, title="Comité de pilotage") == ["2026-03-24T16:30:00Z"]


async def test_a_move_whose_reason_gives_the_closing_hour_moves_the_meeting() -> None:
    move = "On avance à 17h, le bar ferme plus tôt mardi (concert privé à 20h)."
    posts = [("ines_p", "2026-03-16T09:00:00+01:00", COMMITTEE), ("ines_p", "2026-03-19T10:00:00+01:00", move, 1)]
    assert await _standing(posts, title="Comité de pilotage") == ["2026-03-24T16:00:00Z"]


async def test_a_move_to_another_day_at_a_new_hour_is_still_read_with_its_day() -> None:
    """The guard: the day in the move's own clause is where it goes."""
    move = "On décale à 17h le mercredi 25 mars, même endroit."
    posts = [("ines_p", "2026-03-16T09:00:00+01:00", COMMITTEE), ("ines_p", "2026-03-19T10:00:00+01:00", move, 1)]
    assert await _standing(posts, title="Comité de pilotage") == ["2026-03-25T16:00:00Z"]


WORKSHOP = "## Atelier réparation\n\n**Samedi 9 mai, 14h-17h** au garage du tiers-lieu, avec Yvon et Mireille."
OFF = "Yvon et Mireille sont tous les deux malades, l'atelier est annulé 😞"


async def _after_the_call_off(again: str) -> list[str]:
    """The starts reminded once the workshop's announcer called it off, then wrote `again`."""
    posts = [
        ("gwen_l", "2026-04-20T09:00:00+02:00", WORKSHOP),
        ("gwen_l", "2026-05-04T09:00:00+02:00", OFF),
        ("gwen_l", "2026-05-05T09:00:00+02:00", again),
    ]
    return await _standing(posts, title="Atelier réparation")


async def test_a_meeting_called_off_then_maintained_at_a_new_hour_is_on_at_that_hour() -> None:
    again = "Bonne nouvelle : on maintient l'atelier avec un seul bénévole, même jour, mais on commence à 15h."
    assert await _after_the_call_off(again) == ["2026-05-09T13:00:00Z"]


async def test_a_meeting_called_off_then_maintained_is_on_at_its_hour() -> None:
    assert await _after_the_call_off("Nous maintenons l'atelier finalement, Mireille va mieux !") == [
        "2026-05-09T12:00:00Z"
    ]


async def test_a_call_off_maintained_keeps_the_meeting_off() -> None:
    """The guard: "on maintient l'annulation" takes nothing back."""
    again = "Désolée pour celles et ceux qui espéraient, on maintient l'annulation, on refera une date en juin."
    assert await _after_the_call_off(again) == []


async def test_a_module_named_without_an_article_is_the_one_a_reply_moves() -> None:
    opening = (
        "Merci pour la séance d'hier !\n\n**Module 3 – facilitation** : **jeudi 16 avril, 14h-17h**, en visio "
        "(même lien que d'habitude)."
    )
    move = "L'intervenant a un empêchement : le module 3 est repoussé au jeudi 23 avril, même horaire."
    posts = [("yael_c", "2026-04-02T09:00:00+02:00", opening), ("yael_c", "2026-04-08T09:00:00+02:00", move)]
    assert await _standing(posts, title="Parcours facilitation") == ["2026-04-23T12:00:00Z"]


async def test_a_slip_owned_up_to_as_a_copy_paste_error_gives_the_right_day() -> None:
    opening = "La **prochaine permanence aura lieu le mardi 3 mars, 9h-12h**, au bureau de l'asso."
    fix = "Erreur de copier-coller, pardon : **c'est le mardi 10 mars**, 9h-12h. Le 3 je suis à Poitiers."
    posts = [("odile_v", "2026-02-16T09:00:00+01:00", opening), ("odile_v", "2026-02-17T09:00:00+01:00", fix, 1)]
    assert await _standing(posts, title="Permanence") == ["2026-03-10T08:00:00Z"]


async def test_an_announcer_who_may_not_be_there_and_will_say_holds_the_meeting_back() -> None:
    opening = "**Réunion du bureau lundi 8 juin à 19h** au local."
    doubt = "Je risque d'être retenue à Guéret lundi… on verra, je vous tiens au courant."
    posts = [("agnes_m", "2026-05-28T09:00:00+02:00", opening), ("agnes_m", "2026-06-04T20:00:00+02:00", doubt)]
    assert await _standing(posts, title="Bureau de juin") == []


async def test_an_announcer_late_but_coming_holds_nothing_back() -> None:
    """The guard: being late is no doubt on the meeting."""
    opening = "**Réunion du bureau lundi 8 juin à 19h** au local."
    late = "Je risque d'arriver un peu en retard lundi, commencez sans moi."
    posts = [("agnes_m", "2026-05-28T09:00:00+02:00", opening), ("agnes_m", "2026-06-04T20:00:00+02:00", late)]
    assert await _standing(posts, title="Bureau de juin") == ["2026-06-08T17:00:00Z"]


COMMISSIONS = (
    "Prochaines **commissions** :\n- commission jardin : **mercredi 6 mai, 18h**, serre\n"
    "- commission com' : **vendredi 8 mai, 17h30**, local"
)


async def test_a_meeting_merged_into_another_day_leaves_that_day_standing() -> None:
    merge = (
        "Bonne idée : **la commission com' est annulée et fusionnée avec la commission jardin le mercredi 6 mai**. "
        "On commence à 18h comme prévu, prévoyez jusqu'à 20h."
    )
    posts = [("lina_r", "2026-04-27T09:00:00+02:00", COMMISSIONS), ("lina_r", "2026-04-29T09:00:00+02:00", merge)]
    assert await _standing(posts, title="Commissions de mai") == ["2026-05-06T16:00:00Z"]


async def test_a_revival_that_names_another_day_brings_back_nothing() -> None:
    """The guard: "on maintient le 2" of the next session is not the one called off on the 25th."""
    opening = "**Atelier compost samedi 25 avril, 10h-12h** au jardin partagé."
    off = "Le jardin est inondé, l'atelier du 25 est annulé. On se retrouve samedi 2 mai, mêmes horaires."
    keep = "C'est le pont du 1er mai, mais on a assez de monde, donc on maintient le 2."
    posts = [
        ("theo_b", "2026-04-10T09:00:00+02:00", opening),
        ("theo_b", "2026-04-22T09:00:00+02:00", off),
        ("theo_b", "2026-04-24T09:00:00+02:00", keep),
    ]
    assert await _standing(posts, title="Atelier compost") == ["2026-05-02T08:00:00Z"]
