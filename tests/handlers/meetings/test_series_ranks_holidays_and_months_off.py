"""A second session named by its rank ("la 2e session", "le deuxième atelier") moved alone; a series called off as
one ("le cycle est annulé"); a session's day said again "même format"; a day the organiser moves from, named by the
member's date ("Le 1er mai c'est férié, non ?"); a month said to have none ("pas de permanence en août"); a day of
the month opening the sentence that gives it a new start ("le 7 on commence à 10h"); an ellipsis ending the sentence
before a call-off; "Validé !" settling a member's proposal for one item of a tour; the hour the line opening a list
gives its days; a second session held to a head count; a galette des rois as a gathering; a list's row under "…
premier fichier"; "Sondage clos ✅ Ce sera le …"; "le matin ou l'aprem ?" of a day given two hours."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing

FORMATION = (
    "agathe_l",
    "2026-02-02T10:00:00+01:00",
    "Formation « Accueillir des bénévoles » en deux sessions à la Ruche :\n"
    "1. **samedi 14 mars, 9h-12h** : le cadre\n2. **samedi 28 mars, 9h-12h** : les outils",
)


async def test_the_second_session_named_by_its_rank_moves_alone() -> None:
    posts = [
        FORMATION,
        ("agathe_l", "2026-02-10T10:00:00+01:00", "La 2e session passe au **samedi 4 avril**, même horaire."),
    ]
    assert await _standing(posts, title="Formation bénévoles") == ["2026-03-14T08:00:00Z", "2026-04-04T07:00:00Z"]


async def test_the_second_workshop_said_after_finally_moves_alone() -> None:
    """ "Finalement" opens the sentence and names nothing: "le deuxième atelier" after it is the one moved, not the
    first workshop, held on the weekday it moves to."""
    posts = [
        ("agathe_l", "2026-02-02T10:00:00+01:00", "Atelier montage de dossier **mercredi 11 mars, 14h-16h** au local."),
        ("jeanne_c", "2026-02-02T12:00:00+01:00", "Je travaille le mercredi aprèm. Y aura une autre date ?", 1),
        ("agathe_l", "2026-02-03T10:00:00+01:00", "Je rajoute un deuxième atelier **mardi 17 mars, 18h-20h** 😉", 2),
        (
            "agathe_l",
            "2026-03-01T10:00:00+01:00",
            "Finalement le deuxième atelier sera **mercredi 18 mars, même heure**, la salle est prise le mardi.",
            3,
        ),
    ]
    assert await _standing(posts, title="Atelier dossier", cooked=True) == [
        "2026-03-11T13:00:00Z",
        "2026-03-18T17:00:00Z",
    ]


async def test_a_series_called_off_as_one_takes_all_its_sessions() -> None:
    posts = [
        (
            "remi_t",
            "2026-02-02T10:00:00+01:00",
            "Cycle **« Réparer soi-même »** en trois ateliers, les **samedis 7, 14 et 21 mars, 10h-12h**, au local.",
        ),
        ("remi_t", "2026-03-01T10:00:00+01:00", "Le réparateur est blessé : **le cycle de mars est annulé**, désolé."),
    ]
    assert await _standing(posts, title="Réparer soi-même") == []


async def test_one_workshop_called_off_by_its_name_leaves_the_others() -> None:
    """The guard: "l'atelier couture est annulé" calls off that workshop, not every one the post announced."""
    posts = [
        (
            "remi_t",
            "2026-02-02T10:00:00+01:00",
            "- **samedi 7 mars, 10h** : atelier couture\n- **samedi 14 mars, 10h** : atelier vélo",
        ),
        ("remi_t", "2026-03-01T10:00:00+01:00", "L'atelier couture est annulé, l'animatrice est malade."),
    ]
    assert await _standing(posts, title="Ateliers de mars", cooked=True) == ["2026-03-14T09:00:00Z"]


async def test_a_last_session_said_in_the_same_format_keeps_the_hours() -> None:
    posts = [
        (
            "agathe_l",
            "2026-10-05T10:00:00+02:00",
            "**Prochaine session : jeudi 5 novembre, 9h30-17h**, à la Ruche.\n"
            "Session 3 (la dernière) : jeudi 3 décembre, même format.",
        ),
    ]
    assert await _standing(posts, title="Formation gouvernance") == ["2026-11-05T08:30:00Z", "2026-12-03T08:30:00Z"]


async def test_the_holiday_a_member_points_at_is_the_session_moved() -> None:
    posts = [
        (
            "sterenn_m",
            "2026-03-02T10:00:00+01:00",
            "Permanences d'accompagnement à la Ruche, **14h-17h** :\n\n- vendredi 10 avril\n- vendredi 1er mai\n"
            "- vendredi 5 juin",
        ),
        ("theo_l", "2026-03-02T12:00:00+01:00", "Le 1er mai c'est férié, non ?", 1),
        ("sterenn_m", "2026-03-02T13:00:00+01:00", "Bien vu ! On la fait le **lundi 4 mai**, même horaire.", 2),
    ]
    assert await _standing(posts, title="Permanences", cooked=True) == [
        "2026-04-10T12:00:00Z",
        "2026-05-04T12:00:00Z",
        "2026-06-05T12:00:00Z",
    ]


async def test_a_month_said_to_have_none_calls_off_its_session() -> None:
    posts = [
        (
            "sterenn_m",
            "2026-05-04T10:00:00+02:00",
            "Permanences d'accompagnement à la Ruche, **14h-17h** :\n\n- mardi 9 juin\n- mardi 11 août\n"
            "- mardi 8 septembre",
        ),
        ("sterenn_m", "2026-05-05T10:00:00+02:00", "Finalement pas de permanence en août, je serai en congés."),
    ]
    assert await _standing(posts, title="Permanences", cooked=True) == ["2026-06-09T12:00:00Z", "2026-09-08T12:00:00Z"]


async def test_a_day_opening_the_sentence_takes_its_new_start() -> None:
    posts = [
        (
            "jm_t",
            "2026-02-02T10:00:00+01:00",
            "Chantier participatif au jardin : **samedi 7 mars** et **samedi 14 mars**, 8h30-17h.",
        ),
        ("jm_t", "2026-02-20T10:00:00+01:00", "C'est noté : **le 7 on commence à 10h**. Le 14 reste à 8h30.", 1),
    ]
    assert await _standing(posts, title="Chantier du jardin") == ["2026-03-07T09:00:00Z", "2026-03-14T07:30:00Z"]


async def test_the_day_before_an_ellipsis_is_not_the_one_called_off() -> None:
    posts = [
        (
            "helene_c",
            "2026-09-14T10:00:00+02:00",
            "| Jour | Heure | Quoi |\n|---|---|---|\n| mer. 14/10 | 15h | Atelier semis |\n"
            "| sam. 17/10 | 10h | Journée portes ouvertes |",
        ),
        (
            "helene_c",
            "2026-10-02T10:00:00+02:00",
            "Samedi 17 c'est la grosse journée, ça ferait doublon… On **annule l'atelier semis** cette année.",
        ),
    ]
    assert await _standing(posts, title="Semaine des tiers-lieux", cooked=True) == ["2026-10-17T08:00:00Z"]


async def test_validated_settles_the_members_proposal_for_one_stop_of_a_tour() -> None:
    posts = [
        (
            "gwen_h",
            "2026-03-02T10:00:00+01:00",
            "Tournée des lieux, un apéro chaque vendredi à **18h30** :\n\n- ven. 20/03 → Le Chaland\n"
            "- ven. 27/03 → Le Hangar\n- ven. 03/04 → La Fabrique",
        ),
        (
            "alex_p",
            "2026-03-05T10:00:00+01:00",
            "Pour le Hangar, on préférerait faire ça le **samedi 28 mars à 11h** en brunch. Ça vous va ?",
            1,
        ),
        ("gwen_h", "2026-03-05T12:00:00+01:00", "Validé ! Donc pour Le Hangar : **samedi 28 mars, 11h**, brunch.", 2),
    ]
    assert await _standing(posts, title="Tournée des apéros-rencontres", cooked=True) == [
        "2026-03-20T17:30:00Z",
        "2026-03-28T10:00:00Z",
        "2026-04-03T16:30:00Z",
    ]


async def test_the_hour_of_the_line_opening_a_list_is_each_days() -> None:
    posts = [
        (
            "nolwenn_g",
            "2026-01-05T10:00:00+01:00",
            "Le réseau lance un cycle de 3 webinaires (1h30 chacun, 18h-19h30) :\n\n"
            "1. **mardi 20 janvier** – subventions\n2. **mardi 3 février** – prêts d'honneur\n"
            "3. **mardi 17 février** – mécénat",
        ),
    ]
    assert await _standing(posts, title="Financer son tiers-lieu", cooked=True) == [
        "2026-01-20T17:00:00Z",
        "2026-02-03T17:00:00Z",
        "2026-02-17T17:00:00Z",
    ]


async def test_a_session_held_to_a_head_count_is_not_reminded() -> None:
    posts = [
        ("mathilde_c", "2026-08-24T10:00:00+02:00", "Atelier d'écriture du dossier **jeudi 3 septembre, 14h-17h**."),
        (
            "mathilde_c",
            "2026-08-25T10:00:00+02:00",
            "Je peux faire un 2e atelier **mardi 8 septembre à 18h**, si au moins 3 personnes sont partantes.",
            1,
        ),
    ]
    assert await _standing(posts, title="Atelier dossier") == ["2026-09-03T12:00:00Z"]


async def test_a_galette_des_benevoles_moved_at_a_members_word_is_a_gathering() -> None:
    posts = [
        (
            "katell_j",
            "2026-12-10T10:00:00+01:00",
            "👑 **Galette des bénévoles : samedi 9 janvier 2027, 16h**, au local.",
        ),
        ("bastien_r", "2026-12-10T12:00:00+01:00", "Le 9 beaucoup seront encore partis. Pourquoi pas le 16 ?", 1),
        ("katell_j", "2026-12-14T10:00:00+01:00", "Bonne idée, va pour le **samedi 16 janvier**, même heure 👍", 2),
    ]
    assert await _standing(posts, title="Fermeture de fin d'année + galette des bénévoles") == ["2027-01-16T15:00:00Z"]


async def test_a_row_under_a_row_ending_on_a_file_is_a_session() -> None:
    """ "fichier" ending a list's row is no file name opening the next row's date."""
    posts = [
        (
            "erwan_b",
            "2026-03-10T10:00:00+01:00",
            "Formation découpe laser en 3 sessions :\n- mar. 7 avril, 18h-20h : réglages, premier fichier\n"
            "- mar. 14 avril, 18h-20h : gravure\n- mar. 21 avril, 18h-20h : projet perso",
        ),
    ]
    assert await _standing(posts, title="Formation découpe laser", cooked=True) == [
        "2026-04-07T16:00:00Z",
        "2026-04-14T16:00:00Z",
        "2026-04-21T16:00:00Z",
    ]


async def test_a_poll_closed_with_a_mark_then_the_day_settles_it() -> None:
    posts = [
        (
            "helene_c",
            "2026-01-12T10:00:00+01:00",
            "Visio de coordination de début d'année, sondage :\n- mar. 3/02 18h30\n- jeu. 5/02 18h30\n\n"
            "Merci de répondre **avant vendredi 23 janvier** 🙏",
        ),
        ("helene_c", "2026-01-23T16:40:00+01:00", "Sondage clos ✅\n\nCe sera le **jeudi 5 février, 18h30-20h**."),
    ]
    assert await _standing(posts, title="Visio de coordination", cooked=True) == ["2026-02-05T17:30:00Z"]


async def test_morning_or_afternoon_asked_of_a_day_given_two_hours_holds_it_back() -> None:
    posts = [
        (
            "baptiste_l",
            "2026-05-04T18:00:00+02:00",
            "- **Atelier vélo : samedi 16 mai, 10h**, devant la Fabrique.\n"
            "- **Réunion bilan : mardi 19 mai, 18h**, en visio.",
        ),
        ("camille_o", "2026-05-11T21:00:00+02:00", "Pour l'atelier vélo de samedi 16 on vous attend **à 14h** !", 1),
        ("ines_k", "2026-05-14T12:00:00+02:00", "Du coup c'est le matin ou l'aprem ? 🤔", 2),
    ]
    assert await _standing(posts, title="Vélo", cooked=True) == ["2026-05-19T16:00:00Z"]
