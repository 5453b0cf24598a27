"""A topic opened with "Je propose une réunion …" is settled by its author ("Et on se voit jeudi 28 à 18h !", "Ok, mardi
21 avril 14h, même lien."), and a poll's by "Résultat : jeudi 23 avril à 19h"; "Validé 👍 Atelier semis dimanche 29
mars à 14h" moves Saturday's workshop; "la distri du jeudi 14 mai est avancée au mercredi 13 mai" speaks of a
distribution; "de 14h jusqu'au bout de la nuit" is a party's open end, no window; "Non on garde samedi : le dimanche
le portail est fermé" gives back the Saturday a member asked to move; a day under a label naming its gathering ("AG
du Réseau des lieux partagés du Trégor : samedi 23 janvier 2027") is that gathering's, however long the label, and
the row under "Précisions pour le 23/01 :" naming it with an hour ("- AG de 9h30 à 12h30") gives its start."""

from __future__ import annotations

import pytest

from handlers.meetings.aside import _labelled
from tests.handlers.meetings.test_member_updates import _standing

PROPOSED = (
    "Les Rencontres régionales ont lieu à Rennes les 5 et 6 juin. On y va à plusieurs ?\n\n"
    "Je propose une **réunion de préparation jeudi 28 mai à 18h au Café du port** : qui présente quoi, covoit."
)


async def test_the_day_its_proposer_confirms_is_reminded() -> None:
    confirmed = "Rappel : inscriptions aux Rencontres jusqu'au 25 mai sur leur site. Et on se voit jeudi 28 à 18h !"
    posts = [
        ("youenn_l", "2026-05-11T15:00:00+02:00", PROPOSED),
        ("anaig_c", "2026-05-11T16:20:00+02:00", "Partante !", 1),
        ("youenn_l", "2026-05-20T18:00:00+02:00", confirmed, 1),
    ]
    assert await _standing(posts, title="Rencontres régionales") == ["2026-05-28T16:00:00Z"]


async def test_a_proposal_moved_by_its_author_to_the_day_a_member_asked_is_reminded() -> None:
    proposed = "On monte un dossier commun ?\n\nJe propose un **atelier d'écriture en visio lundi 20 avril, 14h-16h**."
    posts = [
        ("anaig_c", "2026-04-01T09:00:00+02:00", proposed),
        ("pierrick_g", "2026-04-01T12:00:00+02:00", "Lundi 20 je suis pris, mardi 21 même heure ?", 1),
        ("anaig_c", "2026-04-02T08:30:00+02:00", "Ok, **mardi 21 avril 14h**, même lien.", 2),
    ]
    assert await _standing(posts, title="Dossier commun") == ["2026-04-21T12:00:00Z"]


POLL = (
    "Sondage pour la prochaine réunion du collectif 🗓️\n\n[poll type=regular]\n* lun. 20/04 19h\n* mar. 21/04 19h\n"
    "* jeu. 23/04 19h\n[/poll]\n\nRéponse avant dimanche svp"
)


async def test_the_result_its_author_gives_is_reminded() -> None:
    result = "Résultat : **jeudi 23 avril à 19h**, dans la grande halle. Odj à compléter sur le pad."
    posts = [("erwan_g", "2026-04-08T20:15:00+02:00", POLL), ("erwan_g", "2026-04-13T09:10:00+02:00", result, 1)]
    assert await _standing(posts, title="Réunion du collectif") == ["2026-04-23T17:00:00Z"]


async def test_a_members_result_is_not() -> None:
    """The guard: another member's count of the votes settles nothing."""
    result = "Résultat : **jeudi 23 avril à 19h** en tête pour l'instant, il manque des votes."
    posts = [("erwan_g", "2026-04-08T20:15:00+02:00", POLL), ("soizic_m", "2026-04-10T09:10:00+02:00", result, 1)]
    assert await _standing(posts, title="Réunion du collectif") == []


SWAP = (
    "🌱 **Troc de graines et de plants au jardin, dimanche 29 mars 10h-13h**.\n\n"
    "Et **atelier semis samedi 28 mars à 14h** pour les débutant·es."
)


async def test_a_move_settled_with_an_emoji_moves_its_meeting() -> None:
    moved = "Validé 👍 **Atelier semis dimanche 29 mars à 14h**, après le pique-nique. Plus rien le samedi."
    posts = [
        ("maelle_t", "2026-03-16T19:00:00+01:00", SWAP),
        ("nolwenn_p", "2026-03-17T08:30:00+01:00", "Et si on faisait l'atelier semis le dimanche à 14h ?", 1),
        ("maelle_t", "2026-03-17T12:00:00+01:00", moved, 2),
    ]
    standing = await _standing(posts, title="Troc de graines")
    assert "2026-03-29T12:00:00Z" in standing and "2026-03-28T13:00:00Z" not in standing


async def test_a_distribution_brought_forward_in_an_opening_post_is_reminded_on_its_new_day() -> None:
    news = (
        "Quelques infos pour mai :\n\n- **Ascension** : la distri du jeudi 14 mai est **avancée au mercredi 13 mai**, "
        "même heure (18h-19h), sous le préau.\n- **AG de l'AMAP** : jeudi 4 juin à 19h15."
    )
    posts = [("nathalie_b", "2026-04-29T20:30:00+02:00", news)]
    assert await _standing(posts, title="AMAP : infos") == ["2026-05-13T16:00:00Z", "2026-06-04T17:15:00Z"]


async def test_a_party_until_the_end_of_the_night_is_reminded() -> None:
    party = "# Fête des tiers-lieux\n\n**Samedi 20 juin 2026, de 14h jusqu'au bout de la nuit**, à la Filature."
    posts = [("ronan_c", "2026-05-15T11:00:00+02:00", party)]
    assert await _standing(posts, title="Fête des tiers-lieux") == ["2026-06-20T12:00:00Z"]


async def test_a_form_open_until_a_day_is_still_a_window() -> None:
    """The guard: "jusqu'au" of a form open still makes a window."""
    form = "Le formulaire des bénévoles est ouvert **jusqu'au samedi 20 juin, 14h**."
    posts = [("ronan_c", "2026-05-15T11:00:00+02:00", form)]
    assert await _standing(posts, title="Fête des tiers-lieux") == []


WORK = "**Chantier collectif samedi 11 avril, 9h30-12h30** au jardin : bacs surélevés, paillage."
ASKED = "La météo annonce des averses samedi, on décale à dimanche ? Même heure ?"


async def test_a_day_kept_before_the_reason_it_is_is_given_back() -> None:
    kept = "Non on garde samedi : le dimanche le portail est fermé. Et on a la serre si ça tombe vraiment."
    posts = [
        ("sterenn_q", "2026-04-01T19:00:00+02:00", WORK),
        ("jerome_l", "2026-04-08T17:22:00+02:00", ASKED, 1),
        ("sterenn_q", "2026-04-08T20:41:00+02:00", kept, 2),
    ]
    assert await _standing(posts, title="Chantier collectif") == ["2026-04-11T07:30:00Z"]


async def test_another_day_kept_gives_nothing_back() -> None:
    """The guard: the day kept is another's, Saturday stays held back."""
    kept = "On garde dimanche pour ranger la serre, je vous redis pour samedi."
    posts = [
        ("sterenn_q", "2026-04-01T19:00:00+02:00", WORK),
        ("jerome_l", "2026-04-08T17:22:00+02:00", ASKED, 1),
        ("sterenn_q", "2026-04-08T20:41:00+02:00", kept, 2),
    ]
    assert await _standing(posts, title="Chantier collectif") == []


SAVE_THE_DATE = (
    "📌 **Save the date**\n\nAG du Réseau des lieux partagés du Trégor : **samedi 23 janvier 2027**, à la salle des "
    "fêtes.\nHoraires à venir."
)


async def test_a_day_under_a_long_label_naming_its_gathering_is_that_gatherings() -> None:
    posts = [("gwenael_t", "2026-11-30T10:00:00+01:00", SAVE_THE_DATE)]
    assert await _standing(posts, title="Save the date") == ["2027-01-22T23:00:00Z"]


async def test_a_day_under_a_label_naming_no_gathering_is_not_a_meeting() -> None:
    """The guard: a closing day is no meeting."""
    closed = "Fermeture annuelle du local pour travaux de peinture : **samedi 23 janvier 2027**."
    posts = [("gwenael_t", "2026-11-30T10:00:00+01:00", closed)]
    assert await _standing(posts, title="Infos pratiques") == []


async def test_the_hour_a_row_under_the_day_gives_its_gathering_is_its_start() -> None:
    hours = "Précisions pour le 23/01 :\n- AG de **9h30 à 12h30** (rapports, élection du CA)\n- suivie de la galette"
    posts = [
        ("gwenael_t", "2026-11-30T10:00:00+01:00", SAVE_THE_DATE),
        ("gwenael_t", "2026-12-15T09:40:00+01:00", hours, 1),
    ]
    assert await _standing(posts, title="Save the date") == ["2027-01-23T08:30:00Z"]


async def test_an_hour_of_something_else_under_the_day_gives_none() -> None:
    """The guard: the row names no gathering, the day stays without its hour."""
    hours = "Précisions pour le 23/01 :\n- parking gratuit de 9h à 13h devant la mairie"
    posts = [
        ("gwenael_t", "2026-11-30T10:00:00+01:00", SAVE_THE_DATE),
        ("gwenael_t", "2026-12-15T09:40:00+01:00", hours, 1),
    ]
    assert "2027-01-23T08:30:00Z" not in await _standing(posts, title="Save the date")


@pytest.mark.parametrize(
    ("before", "labelled"),
    [
        ("AG du Réseau des lieux partagés du Trégor : **", True),
        ("Réunion de bureau :** ", True),
        # the guards: a time's colon, a label naming no gathering
        ("We will start weekly videoconferences on Tuesdays 10:30am Boston time starting ", False),
        ("Fermeture annuelle du local : ", False),
    ],
)
def test_a_label_is_words_naming_a_gathering_before_a_colon_right_before_the_day(before: str, labelled: bool) -> None:
    assert _labelled(before, 0, len(before)) is labelled
