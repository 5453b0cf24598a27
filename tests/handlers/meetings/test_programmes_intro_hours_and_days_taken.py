"""A day proposed with its number taken by its organiser ("Ok pour mardi 10 à 19h"), a move back to the hour first
given ("on revient à 18h30"), a programme whose one item is put to the vote, a next meeting "dans 15 jours, même jour"
counted from the one just held, and the hours the line introducing a list or a table gives all its days."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

BUREAU_TITLE = "Réunion de bureau de mars"
BUREAU = ("sylvie_k", "2026-02-20T10:00:00+01:00", "La réunion de bureau aura lieu le **lundi 9 mars à 19h** au local.")
PROPOSAL = (
    "marc_d",
    "2026-02-24T12:00:00+01:00",
    "Sylvie, le local est pris par la chorale le lundi 9. On décale au mardi 10, même heure ?",
    1,
)


async def test_a_day_proposed_with_its_number_taken_by_its_organiser_is_its_new_day() -> None:
    taken = ("sylvie_k", "2026-02-24T13:30:00+01:00", "Bien vu. Ok pour **mardi 10 à 19h**.", 2)
    assert await _standing([BUREAU, PROPOSAL, taken], title=BUREAU_TITLE) == ["2026-03-10T18:00:00Z"]


async def test_the_same_words_by_a_member_settle_nothing() -> None:
    agreed = ("lea_v", "2026-02-24T13:30:00+01:00", "Ok pour mardi 10 à 19h.", 2)
    assert await _standing([BUREAU, PROPOSAL, agreed], title=BUREAU_TITLE) == []


PUBLIC = ("agnes_m", "2026-09-01T10:00:00+02:00", "**Réunion publique** sur la friche : **jeudi 17 septembre, 18h30**.")
LATER = ("karim_b", "2026-09-02T09:00:00+02:00", "On pourrait commencer à 19h ? Je finis le travail à 18h30.", 1)
TAKEN = ("agnes_m", "2026-09-02T11:00:00+02:00", "Ok, **19h** alors, même jour.", 2)


async def test_a_move_back_to_the_first_hour_gives_that_hour() -> None:
    back = ("agnes_m", "2026-09-04T16:00:00+02:00", "Bon, **on revient à 18h30** : plusieurs partent tôt.")
    assert await _standing([PUBLIC, LATER, TAKEN, back]) == ["2026-09-17T16:30:00Z"]


PROGRAMME_TITLE = "Programme de mars au Tiers-lieu des Tilleuls"


async def test_a_programmes_items_stand_beside_one_put_to_the_vote() -> None:
    raw = (
        "Le programme du mois :\n\n"
        "- Atelier couture : samedi 7 mars, 14h-17h\n"
        "- Ciné-débat : vendredi 13 mars, 20h\n"
        "- Grand ménage du lieu : date à définir, votez :\n\n"
        "[poll type=regular]\n* samedi 21 mars\n* dimanche 22 mars\n[/poll]"
    )
    posts = [("helene_t", "2026-02-27T09:00:00+01:00", raw)]
    assert await _standing(posts, title=PROGRAMME_TITLE) == ["2026-03-07T13:00:00Z", "2026-03-13T19:00:00Z"]


async def test_dates_offered_under_a_proposal_are_not_meetings() -> None:
    raw = (
        "Pour la prochaine réunion du collectif (18h, au local), je vous propose 3 dates :\n"
        "- mardi 10 mars\n- mercredi 11 mars\n- jeudi 12 mars\n\nVotez ici : https://framadate.org/collectif-mars"
    )
    posts = [("helene_t", "2026-02-27T09:00:00+01:00", raw)]
    assert await _standing(posts, title="Réunion du collectif : choix de la date") == []


async def test_a_next_meeting_weeks_on_the_same_day_counts_from_the_one_just_held() -> None:
    raw = (
        "Compte-rendu de la réunion d'hier (mardi 3 mars) :\n\n"
        "- le four à pain est commandé\n"
        "- **Prochaine réunion dans 15 jours, même jour, même heure** (18h) au fournil."
    )
    posts = [("yannick_l", "2026-03-04T09:00:00+01:00", raw)]
    assert await _standing(posts, title="Réunions du collectif du fournil") == ["2026-03-17T17:00:00Z"]


PLANNING = (
    "Bonjour à tous,\n\n"
    "Le planning des permanences de mars (toujours **9h-12h**) :\n\n"
    "| Date | Bénévole |\n|---|---|\n| jeudi 5 mars | Ana |\n| jeudi 12 mars | Jo |\n\n"
    "Dites-le ici si vous voulez échanger."
)


async def test_the_hours_introducing_a_table_are_each_of_its_days() -> None:
    posts = [("ana_r", "2026-02-25T18:00:00+01:00", PLANNING)]
    standing = await _standing(posts, title="Permanences de mars", cooked=True)
    assert standing == ["2026-03-05T08:00:00Z", "2026-03-12T08:00:00Z"]


async def test_the_hours_introducing_a_list_are_each_of_its_days() -> None:
    raw = "Les ateliers réparation du trimestre, de 14h à 17h :\n\n- samedi 7 mars\n- samedi 4 avril\n"
    posts = [("ana_r", "2026-02-25T18:00:00+01:00", raw)]
    assert await _standing(posts, title="Ateliers réparation") == ["2026-03-07T13:00:00Z", "2026-04-04T12:00:00Z"]


async def test_goods_handed_out_at_the_hours_introducing_a_list_are_no_meetings() -> None:
    raw = "Les dates de distribution des paniers, de 18h à 19h30 :\n\n- jeudi 5 mars\n- jeudi 12 mars\n"
    posts = [("ana_r", "2026-02-25T18:00:00+01:00", raw)]
    assert await _standing(posts, title="AMAP : distributions de mars") == []


async def test_the_hours_of_a_day_the_introducing_line_names_are_that_days_only() -> None:
    raw = (
        "La fête du lieu aura lieu le samedi 30 mai, de 18h à 2h. Pour l'organiser, on se fait :\n\n"
        "- une réunion de lancement mardi 28 avril à 19h\n"
        "- une journée de montage le vendredi 29 mai\n"
    )
    posts = [("nico_h", "2026-04-20T18:00:00+02:00", raw)]
    assert "2026-05-29T16:00:00Z" not in await _standing(posts, title="Fête du lieu : organisation")


async def test_a_day_named_after_a_relative_one_weeks_on_takes_its_hour() -> None:
    raw = (
        "CR de la réunion d'hier (lundi 2 mars) :\n\n- le budget est voté\n\n"
        "**Prochaine réunion dans 15 jours, même heure (18h30)**, donc le lundi 16."
    )
    posts = [("odile_c", "2026-03-03T09:00:00+01:00", raw)]
    assert await _standing(posts, title="Réunions du conseil de maison") == ["2026-03-16T17:30:00Z"]


async def test_a_meeting_named_below_a_greeting_is_no_island() -> None:
    raw = (
        "Bonsoir,\n\nRéunion de préparation du forum des associations au local :\n"
        '[date=2026-11-19 time=18:00:00 timezone="Europe/Paris"]\n\nOn répartit les stands.'
    )
    posts = [("benoit_c", "2026-11-05T15:00:00+01:00", raw)]
    assert await _standing(posts, title="Forum des associations") == ["2026-11-19T17:00:00Z"]


async def test_the_organiser_of_a_meeting_held_gives_the_next_one_at_the_same_hour() -> None:
    posts = [
        ("sandrine_m", "2026-01-08T10:00:00+01:00", "Le **Repair Café** revient : **samedi 17 janvier, 14h-17h**."),
        (
            "sandrine_m",
            "2026-01-18T11:00:00+01:00",
            "Merci pour hier ! Prochain Repair Café : samedi 21 février, même heure.",
        ),
    ]
    assert await _standing(posts, title="Repair Café de la Grange") == ["2026-01-17T13:00:00Z", "2026-02-21T13:00:00Z"]


async def test_the_next_one_named_by_a_pronoun_is_one_more() -> None:
    first = (
        '**Visio mensuelle du réseau** : [date=2026-03-26 time=18:00:00 timezone="Europe/Paris"], thème : assurances.'
    )
    posts = [
        ("amandine_t", "2026-03-18T11:00:00+01:00", first),
        ("amandine_t", "2026-03-19T09:00:00+01:00", "Et pour info la suivante c'est le jeudi 23 avril, même heure.", 1),
    ]
    assert await _standing(posts, title="Visios mensuelles du réseau") == [
        "2026-03-26T17:00:00Z",
        "2026-04-23T16:00:00Z",
    ]


async def test_a_day_kept_after_another_called_off_stays() -> None:
    posts = [
        ("julien_f", "2026-03-16T09:00:00+01:00", "Visios du copil : **mardi 24 mars 18h** et **mardi 31 mars 18h**."),
        ("julien_f", "2026-03-21T18:00:00+01:00", "Trop d'absents : on annule le 24 et on garde le mardi 31 à 18h."),
    ]
    assert await _standing(posts, title="Visios du copil") == ["2026-03-31T16:00:00Z"]
