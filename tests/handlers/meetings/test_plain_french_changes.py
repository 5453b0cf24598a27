"""Changes to a meeting as a tiers-lieux network writes them in plain French: a co-organiser's move in the past tense
owned by the organiser, a reason naming the new day before the move, a day given its own start for a two-day event,
an end moved (the start stays), "pas de repair café", a day settled after a member's proposal, "alors c'est <jour>,
même heure", a walk or a RDV moved; and a member saying they will come, which announces nothing."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing

COMPOST = ("lea_jardin", "2025-10-27T18:00:00+01:00", "**Atelier semis** au jardin **mercredi 5 novembre à 14h**.")
MOVED_BY_ANOTHER = (
    "paul_jardin",
    "2025-11-02T12:40:00+01:00",
    "Oui je confirme, avec Léa on a décalé à **16h** (l'école occupe le jardin avant). Même endroit.",
)


async def test_a_co_organisers_past_tense_move_is_held_back_until_the_organiser_owns_it() -> None:
    owned = ("lea_jardin", "2025-11-03T08:05:00+01:00", "Merci Paul ! J'aurais dû le préciser ici.")
    assert await _standing([COMPOST, MOVED_BY_ANOTHER]) == []
    assert await _standing([COMPOST, MOVED_BY_ANOTHER, owned]) == ["2025-11-05T15:00:00Z"]


async def test_the_organisers_past_tense_move_moves() -> None:
    said = ("lea_jardin", "2025-11-02T12:40:00+01:00", "Avec Paul on a décalé à 16h, même endroit.")
    assert await _standing([COMPOST, said]) == ["2025-11-05T15:00:00Z"]


async def test_a_reason_naming_the_new_day_before_the_move_does_not_call_that_day_off() -> None:
    posts = [
        ("cotech_lab", "2026-02-02T09:00:00+01:00", "**Comité technique** : **mardi 10 février 14h**, salle Lovelace."),
        (
            "cotech_lab",
            "2026-02-06T11:15:00+01:00",
            "Le réparateur ne passe que vendredi : **reporté au vendredi 13, même heure**.",
        ),
    ]
    assert await _standing(posts) == ["2026-02-13T13:00:00Z"]


async def test_one_day_of_a_two_day_event_given_its_own_start() -> None:
    posts = [
        ("formations_tl", "2025-09-01T10:00:00+02:00", "Formation **samedi 4 et dimanche 5 octobre 2025**, 9h-17h."),
        (
            "formations_tl",
            "2025-09-20T11:00:00+02:00",
            "Pour les inscrits : le **dimanche 5 on démarre à 10h** (clés du local). Samedi reste à 9h.",
        ),
    ]
    assert await _standing(posts) == ["2025-10-04T07:00:00Z", "2025-10-05T08:00:00Z"]


@pytest.mark.parametrize(
    "ends",
    [
        "Gros ordre du jour : la réunion **se terminera à 22h au lieu de 21h**.",
        "On finira vers 22h au lieu de 21h, prévoyez un en-cas.",
    ],
)
async def test_a_new_end_leaves_the_start(ends: str) -> None:
    posts = [
        ("bureau_tl", "2025-11-24T10:00:00+01:00", "**Réunion de bureau mardi 9 décembre, 19h-21h**, au local."),
        ("bureau_tl", "2025-12-01T09:15:00+01:00", ends),
    ]
    assert await _standing(posts) == ["2025-12-09T18:00:00Z"]


@pytest.mark.parametrize(
    "off",
    [
        "⚠️ **Pas de repair café ce samedi** : inondation dans la salle.",
        "Pas de formation samedi, le formateur est malade.",
    ],
)
async def test_pas_de_names_more_gatherings(off: str) -> None:
    posts = [
        ("preau_tl", "2026-01-05T10:00:00+01:00", "Prochain **Repair Café samedi 17 janvier, 9h30-12h30** au Préau."),
        ("preau_tl", "2026-01-14T18:20:00+01:00", off),
    ]
    assert await _standing(posts) == []


async def test_an_organiser_settling_the_day_a_member_proposed_replaces_the_meeting() -> None:
    posts = [
        ("bureau_coop", "2026-05-11T17:00:00+02:00", "Réunion de bureau **jeudi 21 mai 18h**, au local."),
        ("marie_b", "2026-05-19T08:15:00+02:00", "Jeudi je suis à Lyon 😬 vendredi 22 ça irait ?"),
        ("bureau_coop", "2026-05-19T12:40:00+02:00", "Va pour **vendredi 22 mai**, mais à **18h30**."),
    ]
    assert await _standing(posts, title="Réunion de bureau de mai") == ["2026-05-22T16:30:00Z"]


async def test_a_settled_day_far_from_the_meeting_is_another_one() -> None:
    posts = [
        ("bureau_coop", "2026-05-11T17:00:00+02:00", "Réunion de bureau **jeudi 21 mai 18h**, au local."),
        ("bureau_coop", "2026-05-19T12:40:00+02:00", "Et pour la suivante, va pour **jeudi 18 juin** à **18h30**."),
    ]
    assert "2026-05-21T16:00:00Z" in await _standing(posts, title="Réunion de bureau de mai")


async def test_alors_c_est_a_day_meme_heure_moves_the_meeting_there() -> None:
    posts = [
        ("lulu_tl", "2026-06-08T22:14:00+02:00", "rdv jeu 18/06 18h30 au tiers lieu pr finir la cabane a livres"),
        ("gege_b", "2026-06-09T07:50:00+02:00", "jeudi je peux pas, vendredi ça irait ?"),
        ("lulu_tl", "2026-06-09T12:30:00+02:00", "ah ok alors c vendredi 19, meme heure 👍"),
    ]
    assert await _standing(posts) == ["2026-06-19T16:30:00Z"]


async def test_a_walk_moved_to_another_day_same_time_is_moved() -> None:
    posts = [
        (
            "cyclo_dom",
            "2025-06-11T20:15:00+02:00",
            "**Samedi 14 juin** balade-réparation, départ **9h30** devant l'atelier.",
        ),
        ("cyclo_dom", "2025-06-12T08:04:00+02:00", "Orages samedi → la balade est **reportée à dimanche même heure**."),
    ]
    assert await _standing(posts) == ["2025-06-15T07:30:00Z"]


async def test_le_rdv_moved_is_the_meeting_whatever_its_kind() -> None:
    posts = [
        (
            "rando_tl",
            "2025-07-07T10:00:00+02:00",
            "**Rando** des tiers-lieux **samedi 19 juillet, RDV 14h** à la gare.",
        ),
        (
            "rando_tl",
            "2025-07-15T18:00:00+02:00",
            "Petite modif : **on décale le RDV à 15h**, le premier lieu ouvre tard.",
        ),
    ]
    assert await _standing(posts) == ["2025-07-19T13:00:00Z"]


async def test_a_member_saying_they_will_come_announces_nothing() -> None:
    posts = [
        (
            "marco_epi",
            "2026-05-04T09:12:00+02:00",
            "La collecte banque alimentaire c'est **samedi 9 mai 9h-13h** au super U.",
        ),
        ("gilles_v", "2026-05-05T11:02:00+02:00", "moi je viendrai à la collecte samedi 11h"),
    ]
    assert await _standing(posts) == ["2026-05-09T07:00:00Z"]


async def test_a_two_day_event_put_off_by_its_days_run_is_put_off_whole() -> None:
    posts = [
        (
            "reseau_tl",
            "2026-01-12T09:30:00+01:00",
            "1. **Copil** : jeudi 22 janvier, 10h-12h.\n2. **Formation** : jeudi 5 et vendredi 6 février, 9h30-17h.",
        ),
        (
            "reseau_tl",
            "2026-01-19T14:50:00+01:00",
            "La formation des 5-6 février est **reportée à une date ultérieure**. Le copil du 22 est maintenu.",
        ),
    ]
    assert await _standing(posts) == ["2026-01-22T09:00:00Z"]


async def test_a_weekday_and_its_day_before_c_est_is_that_day() -> None:
    posts = [
        ("anim_tl", "2026-02-06T09:00:00+01:00", "**Café-visio mardi 3 mars à 12h30**, lien habituel."),
        (
            "anim_tl",
            "2026-02-20T16:00:00+01:00",
            "Le café-visio est **décalé au mercredi 4 mars, même heure** — mardi 3 c'est le conseil des financeurs.",
        ),
    ]
    assert await _standing(posts) == ["2026-03-04T11:30:00Z"]


async def test_a_meeting_said_not_to_change_by_its_weekday_is_no_new_one() -> None:
    posts = [
        (
            "galerie_h",
            "2026-01-05T15:00:00+01:00",
            "- **Vernissage vendredi 16 janvier à 18h30**\n- **Rencontre avec l'artiste samedi 17 à midi**",
        ),
        (
            "galerie_h",
            "2026-01-09T10:30:00+01:00",
            "Le vernissage est repoussé d'une heure (**19h30**). La rencontre du samedi midi ne change pas.",
        ),
    ]
    assert await _standing(posts) == ["2026-01-16T18:30:00Z", "2026-01-17T11:00:00Z"]


async def test_a_places_distribution_hours_are_no_meetings() -> None:
    posts = [
        (
            "epicerie_s",
            "2025-12-01T10:05:00+01:00",
            "Horaires de distribution de décembre :\n- mardi 14h-18h\n- vendredi 10h-13h\n\n"
            "Et **réunion des bénévoles mardi 9 décembre à 19h**.",
        )
    ]
    assert await _standing(posts) == ["2025-12-09T18:00:00Z"]


async def test_an_organiser_asking_whether_a_new_hour_suits_holds_the_meeting_back() -> None:
    posts = [
        ("epicerie_s", "2025-12-01T10:05:00+01:00", "**Réunion des bénévoles mardi 9 décembre à 19h**."),
        ("epicerie_s", "2025-12-04T17:20:00+01:00", "On avance la réunion à **18h30**, ça vous va ?"),
    ]
    assert await _standing(posts) == []


async def test_a_co_organiser_giving_a_session_another_hour_the_same_day_leaves_it_unsure() -> None:
    posts = [
        (
            "camille_tl",
            "2026-02-10T09:30:00+01:00",
            "Formation en 2 demi-journées :\n- Session 1 : jeudi 5 mars, 9h30-12h30\n- Session 2 : jeudi 12 mars, "
            "9h30-12h30",
        ),
        (
            "nadia_coop",
            "2026-03-03T08:55:00+01:00",
            "Je confirme : la **session 2 du jeudi 12 mars passe l'après-midi, 14h-17h**. La session 1 ne bouge pas.",
        ),
    ]
    standing = await _standing(posts)
    assert "2026-03-12T08:30:00Z" not in standing and "2026-03-05T08:30:00Z" in standing


async def test_a_co_organiser_calling_one_meeting_off_and_moving_the_other_leaves_neither_reminded() -> None:
    posts = [
        (
            "karim_tl",
            "2026-02-03T14:15:00+01:00",
            "Un **webinaire** sur le FSE+ :\n➡️ **mardi 24 février, de 11h à 12h30**, sur Zoom\n\n"
            "Et un **temps d'échange le jeudi 26 février à 14h** en visio.",
        ),
        (
            "pauline_reg",
            "2026-02-18T17:45:00+01:00",
            "Le webinaire est **décalé au mardi 3 mars, même horaire**. Du coup **le temps d'échange du 26 février "
            "est annulé**.",
        ),
    ]
    assert await _standing(posts) == []


async def test_the_one_of_a_month_named_by_a_host_is_the_meeting_moved() -> None:
    posts = [
        (
            "lucie_anim",
            "2026-02-20T16:40:00+01:00",
            "Cafés-rencontres :\n- jeudi 2 avril, 8h30 - 10h\n- jeudi 7 mai, 8h30 - 10h",
        ),
        ("mehdi_etabli", "2026-03-02T12:30:00+01:00", "Le café d'avril est avancé au mercredi 1er avril, même heure."),
    ]
    assert "2026-04-02T06:30:00Z" not in await _standing(posts)


@pytest.mark.parametrize(
    "told",
    [
        "La Région organise ses **Assises de l'ESS le jeudi 26 mars** à Orléans. On prépare ça en **visio lundi 16 "
        "mars, 17h30**.",
        "Pour info, la Région organise un webinaire le 26 mars à 10h (inscription sur leur site, pas chez nous). De "
        "notre côté, **visio lundi 16 mars, 17h30**.",
        "Pour info, la fédé nationale tient son webinaire le 26 mars à 11h. Et chez nous : **visio lundi 16 mars, "
        "17h30**.",
    ],
)
async def test_a_public_bodys_own_event_is_told_of_not_reminded(told: str) -> None:
    posts = [("nathalie_cvl", "2026-02-25T10:20:00+01:00", told)]
    assert await _standing(posts) == ["2026-03-16T16:30:00Z"]


async def test_the_organiser_giving_a_day_its_hour_in_a_reply() -> None:
    posts = [
        (
            "bureau_coin",
            "2025-03-02T17:30:00+01:00",
            "L'**AG** du café aura lieu le **dimanche 23 mars**, horaire à venir.",
        ),
        ("robin_h", "2025-03-05T10:12:00+01:00", "Ce sera à quelle heure ?"),
        ("bureau_coin", "2025-03-06T19:45:00+01:00", "Ce sera à **15h**, suivi d'un goûter 🍰"),
    ]
    assert await _standing(posts) == ["2025-03-23T14:00:00Z"]


async def test_the_day_a_series_skips_is_no_meeting() -> None:
    posts = [
        (
            "mfs_eyre",
            "2025-11-04T11:00:00+01:00",
            "**Permanence numérique** : tous les mardis de 9h à 12h (sauf le mardi 11 novembre, férié).\n\n"
            "**Atelier CAF** : jeudi 20 novembre à 14h.",
        )
    ]
    assert await _standing(posts) == ["2025-11-20T13:00:00Z"]


async def test_a_board_named_by_its_initials_is_the_one_moved() -> None:
    posts = [
        (
            "vero_sec",
            "2026-06-02T18:00:00+02:00",
            "- **Conseil d'administration** : lundi 22 juin, 18h, en visio\n- **AG** : samedi 27 juin, 10h",
        ),
        ("vero_sec", "2026-06-03T12:30:00+02:00", "Autre info : **le CA est avancé au jeudi 18 juin**, même heure."),
    ]
    assert await _standing(posts) == ["2026-06-18T16:00:00Z", "2026-06-27T08:00:00Z"]


async def test_a_week_later_at_the_hour_restated_is_a_week_later() -> None:
    posts = [
        ("lea_bocal", "2025-04-22T11:05:00+02:00", "Apéro sur la terrasse **vendredi soir à partir de 18h30** !"),
        (
            "lea_bocal",
            "2025-04-24T16:48:00+02:00",
            "Pluie prévue vendredi soir 🌧️ on décale d'une semaine : vendredi 2 mai, même heure (18h30).",
        ),
    ]
    assert await _standing(posts) == ["2025-05-02T16:30:00Z"]


async def test_a_day_of_a_weekend_called_off_after_a_reason_and_an_update_label() -> None:
    posts = [
        (
            "ferme_rives",
            "2025-04-28T09:30:00+02:00",
            "Chantier participatif **samedi 17 mai** et **dimanche 18 mai**, 9h-17h.",
        ),
        (
            "ferme_rives",
            "2025-05-12T18:20:00+02:00",
            "Mise à jour : pas assez de terre livrée pour deux jours 😕 donc **le dimanche 18 est annulé**. "
            "Samedi 17 mai 9h-17h inchangé.",
        ),
    ]
    assert await _standing(posts) == ["2025-05-17T07:00:00Z"]


async def test_summer_opening_hours_are_no_meetings() -> None:
    posts = [
        (
            "ressourcerie_tri",
            "2025-07-01T11:00:00+02:00",
            "Horaires d'été du **7 juillet au 30 août** :\n- boutique : mercredi → samedi, 10h-13h / 14h-18h\n\n"
            "Et on vous invite à notre apéro de fin d'été le **samedi 30 août à partir de 17h** dans la cour !",
        )
    ]
    assert await _standing(posts) == ["2025-08-30T15:00:00Z"]


async def test_an_emoji_ends_the_reason_before_a_call_off() -> None:
    posts = [
        ("jardin_b", "2026-03-16T08:30:00+01:00", "**Chantier au jardin samedi 21 mars à 9h**, bottes conseillées !"),
        ("jardin_b", "2026-03-20T17:45:00+01:00", "Pluie annoncée toute la matinée 🌧️ on annule, désolée"),
    ]
    assert await _standing(posts) == []


async def test_the_organiser_restating_the_day_at_the_hour_a_co_organiser_gave_settles_it() -> None:
    posts = [
        (
            "sandrine_b",
            "2025-03-25T20:10:00+01:00",
            "L'**atelier vélo** revient : **samedi 5 avril, 10h-12h**, cour du café.",
        ),
        ("marc_velo", "2025-03-31T19:05:00+02:00", "La cour est prise le matin, on le fait l'aprèm, 14h-16h."),
        ("sandrine_b", "2025-03-31T21:30:00+02:00", "C'est fait 👍 merci Marc. Donc samedi 5 à 14h tout le monde !"),
    ]
    assert await _standing(posts, title="Atelier réparation vélo") == ["2025-04-05T12:00:00Z"]


async def test_c_est_a_an_hour_in_the_organisers_reply_corrects_the_one_it_names() -> None:
    posts = [
        (
            "mehdi_cowork",
            "2025-12-01T10:20:00+01:00",
            "Deux dates :\n- **jeudi 4 à 12h30** : déj partagé\n- **mardi 9 à 18:30** : Fresque du numérique au café",
        ),
        ("mehdi_cowork", "2025-12-01T11:40:00+01:00", "Bien vu ! **la fresque c'est à 19h**. Le déj reste jeudi."),
    ]
    assert await _standing(posts) == ["2025-12-04T11:30:00Z", "2025-12-09T18:00:00Z"]


async def test_a_partners_move_after_a_greeting_labelled_start_then_noted_by_the_organiser() -> None:
    comite = (
        "benoit_c",
        "2026-01-15T16:00:00+01:00",
        "**Comité d'orientation** le **mercredi 28 janvier, de 9h30 à 12h**.",
    )
    moved = (
        "nadia_reg",
        "2026-01-20T11:25:00+01:00",
        "Bonjour Benoît, comme convenu, on **avance d'une demi-heure** pour que les élus partent à 11h30 : "
        "début **9h**.",
    )
    noted = ("benoit_c", "2026-01-20T11:40:00+01:00", "C'est noté, merci Nadia : **début à 9h**, fin 11h30.")
    assert await _standing([comite, moved]) == []
    assert await _standing([comite, moved, noted]) == ["2026-01-28T08:00:00Z"]


async def test_je_vous_informe_qu_on_reporte_by_a_co_organiser_then_confirmed() -> None:
    picnic = (
        "pique_nique",
        "2025-06-16T12:00:00+02:00",
        "Pique-nique **dimanche 29 juin à midi** au parc. Ramenez vos nappes !",
    )
    moved = (
        "quentin_co",
        "2025-06-26T18:00:00+02:00",
        "Gros orages annoncés dimanche…\n\nJe vous informe qu'on **reporte au dimanche 6 juillet, midi**.",
    )
    confirmed = ("pique_nique", "2025-06-26T18:30:00+02:00", "Confirmé ✅ dimanche 6 juillet à midi. Merci Quentin !")
    assert await _standing([picnic, moved]) == []
    assert await _standing([picnic, moved, confirmed]) == ["2025-07-06T10:00:00Z"]


async def test_on_annule_a_weekday_after_a_reason_ended_by_an_emoji() -> None:
    posts = [
        ("helene_t", "2026-02-26T17:00:00+01:00", "Atelier greffe 🍎 **samedi 7 mars 14h** avec Bernard."),
        (
            "helene_t",
            "2026-03-05T09:30:00+01:00",
            "Bernard s'est bloqué le dos 😕 on annule samedi, reporté à plus tard.",
        ),
    ]
    assert await _standing(posts) == []


async def test_a_places_hours_under_horaires_du_fablab_are_no_meetings() -> None:
    raw = (
        "Horaires du fablab pour 2026 :\n- mercredi 14h-19h\n- samedi 10h-18h\n\n"
        "Et une **journée portes ouvertes samedi 31 janvier de 10h à 17h** !"
    )
    assert await _standing([("seb_fablab", "2026-01-05T11:00:00+01:00", raw)]) == ["2026-01-31T09:00:00Z"]


async def test_erreur_de_ma_part_corrects_the_day_and_is_no_trouble_report() -> None:
    posts = [
        (
            "chloe_m",
            "2026-03-20T11:00:00+01:00",
            "**Visio** avec le réseau **mardi 31 mars à 18h** pour présenter le projet.",
        ),
        ("chloe_m", "2026-03-23T08:45:00+01:00", "dsl erreur de ma part : c'est **mercredi 1er avril** à 18h."),
    ]
    assert await _standing(posts) == ["2026-04-01T16:00:00Z"]


async def test_on_ouvre_la_perm_a_an_hour_gives_that_day_its_start() -> None:
    posts = [
        (
            "mel_accueil",
            "2025-03-28T14:00:00+01:00",
            "Perm d'accueil **samedi 19 avril de 10h à 12h30**, qui peut la tenir ?",
        ),
        ("mel_accueil", "2025-03-29T09:15:00+01:00", "Merci Lou ❤️ Du coup le **19 avril on ouvre la perm à 10h30**."),
    ]
    assert await _standing(posts) == ["2025-04-19T08:30:00Z"]


async def test_a_third_party_calling_the_meeting_off_is_told_by_a_member() -> None:
    posts = [
        (
            "youssef_ca",
            "2025-11-14T10:00:00+01:00",
            "- **jeu. 27 novembre, 11h** : RDV en mairie\n- **mar. 2 décembre, 19h** : CA",
        ),
        ("claire_pres", "2025-11-20T17:45:00+01:00", "La mairie vient d'**annuler le RDV du 27 novembre**, à suivre."),
    ]
    assert await _standing(posts) == ["2025-12-02T18:00:00Z"]


async def test_another_bodys_permanence_in_our_place_is_theirs() -> None:
    raw = (
        "- **CA le mardi 7 octobre à 19h30**.\n- Pour info : la permanence juridique de France Active a lieu au "
        "tiers-lieu le jeudi 2 octobre (c'est eux qui gèrent les RDV, pas nous)."
    )
    assert await _standing([("claire_pres", "2025-09-22T19:40:00+02:00", raw)]) == ["2025-10-07T17:30:00Z"]


@pytest.mark.parametrize(("author", "standing"), [("claire_pres", []), ("youssef_ca", ["2025-10-16T15:00:00Z"])])
async def test_asked_to_move_the_meeting_by_a_length(author: str, standing: list[str]) -> None:
    posts = [
        ("youssef_ca", "2025-10-13T09:30:00+02:00", "**Jeudi 16 octobre, 17h30** : rencontre avec l'élu à la culture."),
        (
            author,
            "2025-10-14T16:20:00+02:00",
            "Le cabinet a appelé : ils demandent d'**avancer le RDV d'une demi-heure**.",
        ),
    ]
    assert await _standing(posts) == standing
