"""A move after the reason its host cannot come, a new hour an organiser validates, a day validated in a titled topic, a
meeting said not to move, a day kept beside one called off, a poll run quickly before a move or that "has spoken", days
retained from a table of slots, a resumption after an emoji, a length "d'1h" that is no hour, open stages, a meeting
replaced by one held just before another gathering of the same day, a library's conference told for information, the
day a member asked to move, a day kept at a new hour, baskets delivered on another day, a poster's slip mended tonight,
the next one still to confirm, a day called off then replaced, and initiations announced together."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing


async def test_a_move_after_the_reason_its_host_cannot_come() -> None:
    course = (
        "lucie_m",
        "2026-05-02T10:00:00+02:00",
        'Initiation à la couture **[date=2026-05-20 time=14:00:00 timezone="Europe/Paris"]** à la ressourcerie.',
    )
    moved = (
        "lucie_m",
        "2026-05-12T09:00:00+02:00",
        "L'intervenante est malade cette semaine-là, on passe au "
        '[date=2026-05-27 time=14:00:00 timezone="Europe/Paris"], même salle.',
        1,
    )
    assert await _standing([course, moved], title="Initiation couture") == ["2026-05-27T12:00:00Z"]


async def test_a_new_hour_its_organiser_validates() -> None:
    posts = [
        (
            "romain_d",
            "2026-09-01T09:00:00+02:00",
            "Atelier **réparation de vélos** jeudi 10 septembre à 17h au garage.",
        ),
        ("ines_b", "2026-09-01T12:00:00+02:00", "On pourrait commencer à 17h30 ? je finis le boulot à 17h", 1),
        ("romain_d", "2026-09-02T08:00:00+02:00", "Ok validé, **17h30** jeudi, je change l'affiche.", 2),
    ]
    assert await _standing(posts, title="Atelier vélos") == ["2026-09-10T15:30:00Z"]


async def test_a_day_validated_in_a_topic_titled_for_the_gathering() -> None:
    posts = [
        ("claire_v", "2026-10-01T20:00:00+02:00", "Il faut caler la réunion de bilan du festival, vos dispos ?"),
        ("yann_k", "2026-10-02T08:00:00+02:00", "Le jeudi 15 octobre à 19h ça irait ?", 1),
        ("claire_v", "2026-10-02T18:00:00+02:00", "**Validé pour jeudi 15 à 19h** à la friche.", 2),
    ]
    assert await _standing(posts, title="Réunion bilan du festival") == ["2026-10-15T17:00:00Z"]


async def test_a_meeting_said_not_to_move_stands() -> None:
    raw = "Rappel : le **comité de quartier** reste le **lundi 8 juin à 18h30**, on ne le décale pas pour la fête."
    posts = [("paul_g", "2026-05-28T10:00:00+02:00", raw)]
    assert await _standing(posts, title="Comité de quartier") == ["2026-06-08T16:30:00Z"]


async def test_a_day_said_maintained_beside_the_one_called_off_stays() -> None:
    announced = (
        "sophie_a",
        "2026-06-01T10:00:00+02:00",
        "Soirées jeux de l'été au café : **vendredi 3 juillet** et **vendredi 31 juillet**, 20h.",
    )
    off = (
        "sophie_a",
        "2026-06-20T10:00:00+02:00",
        "Le café ferme pour l'été dès le 25 juillet. Donc **la soirée du 31 est annulée**, celle du 3 est maintenue.",
        1,
    )
    assert await _standing([announced, off], title="Soirées jeux de l'été") == ["2026-07-03T18:00:00Z"]


async def test_a_move_after_a_quick_poll_is_no_option() -> None:
    visio = (
        "agnes_t",
        "2026-03-02T10:00:00+01:00",
        'Visio des coordinateurs : [date=2026-03-17 time=18:00:00 timezone="Europe/Paris"].',
    )
    moved = (
        "agnes_t",
        "2026-03-05T09:00:00+01:00",
        "Suite au sondage rapide sur le forum : on bascule au **mercredi** → [date=2026-03-18 time=18:00:00 "
        'timezone="Europe/Paris"]. Même lien.',
        1,
    )
    assert await _standing([visio, moved], title="Visio des coordinateurs") == ["2026-03-18T17:00:00Z"]


async def test_days_retained_from_a_table_of_slots() -> None:
    slots = (
        "leo_m",
        "2026-01-05T10:00:00+01:00",
        "Pour la formation « animer un atelier » (2 demi-journées), créneaux possibles :\n\n"
        "| Créneau | Horaire |\n|---|---|\n| lundi 2 février | 9h-12h |\n| mercredi 4 février | 14h-17h |\n"
        "| lundi 9 février | 9h-12h |",
    )
    chosen = (
        "leo_m",
        "2026-01-12T10:00:00+01:00",
        "On retient les deux lundis : **lundi 2 février et lundi 9 février, 9h-12h**. Le mercredi saute.",
    )
    title = "Formation animer un atelier : choix des dates"
    assert await _standing([slots, chosen], title=title, cooked=True) == [
        "2026-02-02T08:00:00Z",
        "2026-02-09T08:00:00Z",
    ]


async def test_a_resumption_after_an_emoji_is_not_called_off() -> None:
    posts = [
        ("nadia_f", "2026-08-20T10:00:00+02:00", "Permanences emploi : **jeudi 3 et jeudi 17 septembre**, 9h-12h."),
        (
            "nadia_f",
            "2026-08-27T16:00:00+02:00",
            "Notre conseillère est en congé, **on annule tout pour septembre** 😕 Reprise des perms le **jeudi 1er "
            "octobre**, 9h-12h.",
        ),
    ]
    assert await _standing(posts, title="Permanences emploi") == ["2026-10-01T07:00:00Z"]


async def test_a_length_of_one_hour_is_no_hour() -> None:
    posts = [
        (
            "marc_l",
            "2026-11-02T10:00:00+01:00",
            "Atelier **budget associatif** mardi 17 novembre 9h-12h à la Fabrique.",
        ),
        (
            "marc_l",
            "2026-11-09T17:00:00+01:00",
            "Changement : l'intervenant ne peut plus venir. L'atelier du 17/11 est **remplacé par une visio d'1h le "
            "même jour à 18h30**, et on refera l'atelier complet en janvier.",
        ),
    ]
    assert await _standing(posts, title="Atelier budget") == ["2026-11-17T17:30:00Z"]


async def test_open_stages_are_a_gathering() -> None:
    raw = "🎤 Scène ouverte au bar associatif **samedi 6 juin à 21h**, inscriptions des musiciens par MP."
    assert await _standing([("tom_b", "2026-05-20T10:00:00+02:00", raw)], title="Au bar") == ["2026-06-06T19:00:00Z"]


async def test_a_meeting_replaced_by_one_just_before_another_of_that_day() -> None:
    posts = [
        (
            "henri_p",
            "2026-11-20T10:00:00+01:00",
            "Fin d'année :\n- **bureau en visio mardi 1er décembre 20h**\n- **AG samedi 12 décembre 15h** au local",
        ),
        (
            "henri_p",
            "2026-11-26T10:00:00+01:00",
            "Finalement, on annule le bureau du 1er et on le remplace par un bureau sur place juste avant l'AG : "
            "**samedi 12 décembre à 13h30**.",
        ),
    ]
    assert await _standing(posts, title="Bureau et AG") == ["2026-12-12T12:30:00Z", "2026-12-12T14:00:00Z"]


async def test_a_librarys_conference_told_for_information_is_not_ours() -> None:
    raw = (
        "Pour info, la **bibliothèque Émile-Zola** organise une table ronde sur les tiers-lieux le **mardi 9 juin à "
        "18h**, entrée libre.\n\nEt chez nous : **réunion du collectif jeudi 11 juin à 19h** au local."
    )
    assert await _standing([("rose_c", "2026-06-01T10:00:00+02:00", raw)], title="Collectif") == [
        "2026-06-11T17:00:00Z"
    ]


async def test_the_day_a_member_asked_to_move_is_the_one_its_organiser_moves() -> None:
    slots = (
        "jeanne_r",
        "2026-09-01T10:00:00+02:00",
        "Permanences numériques en septembre, 14h-16h :\n- mercredi 9 septembre\n- mercredi 23 septembre\n"
        "- mercredi 30 septembre",
    )
    asked = ("omar_s", "2026-09-02T09:00:00+02:00", "Jeanne, le 23 je suis en congé, on peut décaler au vendredi 25 ?")
    taken = ("jeanne_r", "2026-09-02T12:00:00+02:00", "Ok va pour **vendredi 25 septembre même heure**.", 2)
    assert await _standing([slots, asked, taken], title="Permanences numériques") == [
        "2026-09-09T12:00:00Z",
        "2026-09-25T12:00:00Z",
        "2026-09-30T12:00:00Z",
    ]


async def test_a_day_said_to_stay_but_at_a_new_hour() -> None:
    posts = [
        (
            "yves_b",
            "2026-05-01T10:00:00+02:00",
            "On lance l'orga ! Calendrier :\n1. **réunion de prépa lundi 4 mai 18h30** au local\n"
            "2. **la fête : samedi 13 juin à partir de 15h**",
        ),
        (
            "yves_b",
            "2026-06-02T10:00:00+02:00",
            "CR de la réunion d'hier : la fête est maintenue le 13 juin mais commencera à **16h** (le concert démarre "
            "à 17h).",
        ),
    ]
    assert await _standing(posts, title="Orga de la fête du jardin") == ["2026-05-04T16:30:00Z", "2026-06-13T14:00:00Z"]


async def test_baskets_delivered_on_another_day_are_no_meeting() -> None:
    raw = (
        "Assemblée de l'AMAP **samedi 10 octobre à 10h** à la ferme.\n\nInfo pratique : les paniers du jeudi 8 octobre "
        "seront livrés exceptionnellement le mercredi 7 (le maraîcher est en formation)."
    )
    assert await _standing([("paul_v", "2026-09-20T10:00:00+02:00", raw)], title="AMAP") == ["2026-10-10T08:00:00Z"]


async def test_a_poll_that_has_spoken_gives_its_day() -> None:
    posts = [
        (
            "nina_p",
            "2026-03-02T10:00:00+01:00",
            "Il faut caler le prochain **comité de pilotage**. Créneaux proposés (10h à chaque fois) :\n"
            "1. mardi 17 mars\n2. jeudi 19 mars\n3. lundi 23 mars",
        ),
        ("nina_p", "2026-03-10T11:00:00+01:00", "Le sondage a parlé : le copil aura lieu **jeudi 19 mars à 10h**."),
    ]
    assert await _standing(posts, title="Comité de pilotage : choix de la date") == ["2026-03-19T09:00:00Z"]


async def test_a_slip_on_a_poster_the_organiser_mends_tonight_moves_nothing() -> None:
    posts = [
        (
            "remi_c",
            "2026-11-02T18:00:00+01:00",
            "**AG de l'association jeudi 26 novembre à 19h** à la salle des fêtes.",
        ),
        ("ana_l", "2026-11-03T08:00:00+01:00", "C'est bien le 26 ? Sur l'affiche c'est écrit 27", 1),
        (
            "remi_c",
            "2026-11-03T09:00:00+01:00",
            "Oups oui c'est bien le 26, l'affiche est fausse, je la corrige ce soir.",
            2,
        ),
    ]
    assert await _standing(posts, title="AG de l'association") == ["2026-11-26T18:00:00Z"]


async def test_the_next_one_to_be_confirmed_leaves_this_one_standing() -> None:
    posts = [
        ("herve_c", "2026-05-04T14:00:00+02:00", "Prochaine **visio des jardins** : **mercredi 20 mai à 18h**."),
        ("rita_g", "2026-05-13T08:40:00+02:00", "Le lien reste le même ?", 1),
        (
            "herve_c",
            "2026-05-13T09:00:00+02:00",
            "Oui, même lien. Et la suivante serait mercredi 17 juin, à confirmer selon les dispos.",
            2,
        ),
    ]
    assert await _standing(posts, title="Visio des jardins") == ["2026-05-20T16:00:00Z"]


async def test_a_day_called_off_then_replaced_by_another() -> None:
    posts = [
        ("colette_a", "2026-02-26T17:00:00+01:00", "Au jardin : **samedi 7 mars, 10h** : atelier taille des rosiers."),
        (
            "colette_a",
            "2026-03-05T19:00:00+01:00",
            "Tempête annoncée samedi 🌬️ Atelier taille du 7 **annulé**, remplacé par le **samedi 14 mars même heure**.",
        ),
    ]
    assert await _standing(posts, title="Au jardin") == ["2026-03-14T09:00:00Z"]


async def test_initiations_announced_together_are_gatherings() -> None:
    raw = (
        "Deux initiations ce printemps au fablab :\n- soudure : **le 9/04, 14h-17h**\n- couture : **le 23/04, 14h-17h**"
    )
    assert await _standing([("anthony_g", "2026-03-26T12:00:00+01:00", raw)], title="Au fablab") == [
        "2026-04-09T12:00:00Z",
        "2026-04-23T12:00:00Z",
    ]
