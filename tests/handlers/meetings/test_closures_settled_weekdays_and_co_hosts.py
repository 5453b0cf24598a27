"""A shop's exceptional closing day, a day an organiser takes from a member among several sessions, a weekday alone
settling a proposal of the week before the meeting, a call-off whose next clause names another meeting's day, a
training session on impact assessment, dates put to a vote under "Propositions, …:", a programme revised to the
afternoon, a day said to stand while another thing moves, a day restated "comme dans le premier message", a co-host
the opening post names with an accent in their username, a meeting replaced by a visio the same day, and a member's
proposal its organiser agrees to ("Oui bonne idée, validé 👍"), which settles one day, not two asked about."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing


async def test_an_exceptional_closing_day_is_no_meeting() -> None:
    posts = [
        (
            "odile_r",
            "2026-03-02T10:00:00+01:00",
            "**Nouveaux horaires de la boutique** à partir du 1er mars :\n\n| Jour | Horaires |\n|---|---|\n"
            "| mercredi | 10h-18h |\n| samedi | 10h-18h |\n\nFermeture exceptionnelle le samedi 14 mars (inventaire)."
            "\n\nEt surtout : **grande braderie samedi 21 mars de 9h à 13h** dans la cour, tout à 1€ !",
        ),
    ]
    assert await _standing(posts, title="Recyclerie : mars", cooked=True) == ["2026-03-21T08:00:00Z"]


async def test_a_zip_fastener_in_a_workshop_line_closes_nothing() -> None:
    posts = [
        (
            "odile_r",
            "2026-03-02T10:00:00+01:00",
            "Au programme :\n\n* **Atelier couture** (ourlets, fermetures éclair) : samedi 21 mars à 14h\n"
            "* **Apéro** : vendredi 27 mars à 19h",
        ),
    ]
    assert await _standing(posts, title="Programme") == ["2026-03-21T13:00:00Z", "2026-03-27T18:00:00Z"]


async def test_a_day_its_organiser_takes_from_a_member_among_two_sessions() -> None:
    posts = [
        (
            "paule_v",
            "2026-02-20T09:00:00+01:00",
            "Les **permanences administratives** de mars : **mardi 3 mars** et **mardi 17 mars**, 14h-16h.",
        ),
        (
            "yann_k",
            "2026-02-21T10:00:00+01:00",
            "Le 17 je serai seul, Paul est en formation... on pourrait la faire le mercredi 18 plutôt ? Il sera là.",
            1,
        ),
        (
            "paule_v",
            "2026-02-21T11:00:00+01:00",
            "Ok pour **mercredi 18 mars, même heure** 👍 je préviens l'accueil.",
            2,
        ),
    ]
    assert await _standing(posts, title="Permanences de mars") == ["2026-03-03T13:00:00Z", "2026-03-18T13:00:00Z"]


async def test_a_weekday_alone_settling_a_proposal_is_the_proposals_week() -> None:
    posts = [
        (
            "remi_g",
            "2026-09-01T08:00:00+02:00",
            "**Chantier** montage de la serre **dimanche 20 septembre à 14h**, besoin de bras !",
        ),
        (
            "ines_t",
            "2026-09-01T12:00:00+02:00",
            "Pourquoi pas **samedi 19 septembre à 10h** plutôt ? Il fera moins chaud",
            1,
        ),
        ("remi_g", "2026-09-02T09:00:00+02:00", "Bonne idée, **ok va pour samedi 10h** 👍", 2),
    ]
    assert await _standing(posts, title="Chantier serre") == ["2026-09-19T08:00:00Z"]


async def test_a_call_off_whose_next_clause_names_another_meetings_day_leaves_it() -> None:
    posts = [
        (
            "bruno_c",
            "2026-10-01T17:00:00+02:00",
            "Semaine du réemploi :\n\n- **lundi 12 octobre, 18h** : soirée d'ouverture\n"
            "- **samedi 17 octobre, 10h** : troc de vêtements",
        ),
        (
            "bruno_c",
            "2026-10-06T12:00:00+02:00",
            "La salle du lundi nous a lâchés. **La soirée d'ouverture est annulée**, on fera juste un mot d'accueil au "
            "début du troc samedi.",
        ),
    ]
    assert await _standing(posts, title="Semaine du réemploi") == ["2026-10-17T08:00:00Z"]


async def test_a_training_session_on_impact_assessment_is_a_meeting() -> None:
    posts = [
        (
            "vera_l",
            "2026-01-05T10:00:00+01:00",
            "Le cycle de formation :\n\n| Session | Date | Horaire |\n|---|---|---|\n"
            "| 1. Gouvernance | lundi 19 janvier | 9h30-12h30 |\n| 2. Évaluation d'impact | lundi 26 janvier | "
            "9h30-12h30 |",
        ),
    ]
    assert await _standing(posts, title="Cycle de formation") == ["2026-01-19T08:30:00Z", "2026-01-26T08:30:00Z"]


async def test_dates_put_to_a_vote_under_propositions_are_no_meetings() -> None:
    posts = [
        (
            "theo_m",
            "2026-04-20T09:00:00+02:00",
            "On cale l'assemblée du collectif. Propositions, toujours à 19h au local :\n- mardi 12 mai\n"
            "- jeudi 14 mai\n\nSondage : https://framadate.org/ag-collectif",
        ),
        ("theo_m", "2026-04-28T10:00:00+02:00", "Résultat du sondage : **jeudi 14 mai 19h** 🎉"),
    ]
    assert await _standing(posts, title="Assemblée du collectif") == ["2026-05-14T17:00:00Z"]


async def test_a_programme_revised_to_the_afternoon_replaces_the_morning() -> None:
    posts = [
        (
            "damien_b",
            "2026-09-01T10:00:00+02:00",
            "**Portes ouvertes** du fablab **samedi 19 septembre de 10h à 18h**.",
        ),
        (
            "damien_b",
            "2026-09-08T09:45:00+02:00",
            "On a revu ça en réunion : ouverture au public l'aprèm seulement, **samedi 19 septembre à 14h** jusqu'à "
            "19h.\nInstallation entre bénévoles la veille, **vendredi 18 septembre à 18h**.",
        ),
    ]
    assert await _standing(posts, title="Portes ouvertes du fablab") == [
        "2026-09-18T16:00:00Z",
        "2026-09-19T12:00:00Z",
    ]


async def test_a_day_said_to_stand_while_another_thing_moves_stays() -> None:
    posts = [
        (
            "hugo_d",
            "2026-02-23T11:00:00+01:00",
            "La **perm d'accueil** aura lieu **jeudi 5 mars, 17h-19h** au coworking.",
        ),
        (
            "lea_c",
            "2026-02-25T09:10:00+01:00",
            "Attention c'est **mercredi 4** finalement, la salle est prise jeudi.",
            1,
        ),
        (
            "hugo_d",
            "2026-02-25T19:30:00+01:00",
            "Oubliez le message de Léa : c'est **bien jeudi 5 mars 17h**, la formation de la CCI a été déplacée.",
            2,
        ),
    ]
    assert await _standing(posts, title="Perm d'accueil") == ["2026-03-05T16:00:00Z"]


async def test_a_day_restated_as_in_the_first_message_after_a_doubt_stands() -> None:
    posts = [
        (
            "delphine_c",
            "2026-11-23T10:00:00+01:00",
            "Le prochain **comité de pilotage** aura lieu le **mardi 8 décembre à 18:00**.",
        ),
        ("pierre_g", "2026-11-30T15:00:00+01:00", "C'est mardi 8 ou mercredi 9 ? J'ai eu deux infos", 1),
        ("delphine_c", "2026-11-30T15:30:00+01:00", "Mardi 8, 18:00, comme dans le premier message 🙂", 2),
    ]
    assert await _standing(posts, title="Comité de pilotage") == ["2026-12-08T17:00:00Z"]


async def test_a_co_host_named_by_the_opening_post_with_an_accent_moves_the_hour() -> None:
    posts = [
        (
            "Véronique_L",
            "2026-01-26T11:00:00+01:00",
            "Formation interne **samedi 7 février 9h30-12h30** au coworking, animée par Jérôme et moi.",
        ),
        (
            "Jérôme_M",
            "2026-02-02T22:10:00+01:00",
            "Petite modif de mon côté : mon train arrive tard, **on commence à 10h**.",
            1,
        ),
    ]
    assert await _standing(posts, title="Formation interne") == ["2026-02-07T09:00:00Z"]


async def test_a_meeting_replaced_by_a_visio_the_same_day_later() -> None:
    posts = [
        (
            "laure_g",
            "2026-06-01T09:00:00+02:00",
            "La prochaine **rencontre du réseau** aura lieu le **lundi 22 juin à 14h**.",
        ),
        (
            "laure_g",
            "2026-06-15T18:00:00+02:00",
            "Changement : grève annoncée. La rencontre est **remplacée par une visio, même jour, 14h30-16h**.",
        ),
    ]
    assert await _standing(posts, title="Rencontre du réseau") == ["2026-06-22T12:30:00Z"]


async def test_a_members_proposal_its_organiser_agrees_to_is_a_meeting() -> None:
    posts = [
        ("marie_r", "2026-05-18T19:00:00+02:00", "**Réunion du jardin** le **samedi 27 juin à 11h** 🎉"),
        (
            "benji_o",
            "2026-06-01T12:00:00+02:00",
            "Il faut monter les barnums. Je propose un **chantier installation le vendredi 26 juin à 17h** ?",
            1,
        ),
        ("marie_r", "2026-06-01T13:00:00+02:00", "Oui bonne idée, validé 👍", 2),
    ]
    assert await _standing(posts, title="Réunion du jardin") == ["2026-06-26T15:00:00Z", "2026-06-27T09:00:00Z"]


async def test_two_days_asked_about_stay_asked_when_the_organiser_agrees() -> None:
    posts = [
        ("marie_r", "2026-05-18T19:00:00+02:00", "**Réunion du jardin** le **samedi 27 juin à 11h** 🎉"),
        (
            "benji_o",
            "2026-06-01T12:00:00+02:00",
            "Pour le chantier installation, on dit jeudi 25 juin à 17h ou vendredi 26 juin à 17h ?",
            1,
        ),
        ("marie_r", "2026-06-01T13:00:00+02:00", "Oui bonne idée, validé 👍", 2),
    ]
    assert await _standing(posts, title="Réunion du jardin") == ["2026-06-27T09:00:00Z"]
