"""An organiser taking back their own move ("on reste bien jeudi 11"), a session moved to the afternoon ("passera
l'après-midi, 14h-17h"), an emoji ending the sentence of a call-off before the one kept, a new hour said "ok on dit
15:00", a member's day agreed to by its number alone ("Ok pour le 9 alors, même heure"), a list of others' events under
"(pas organisés par nous) :", the setting up of stands, and a meeting another organiser calls off: held back."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing


async def test_an_organiser_taking_back_their_own_move_keeps_the_first_day() -> None:
    posts = [
        (
            "claire_b",
            "2026-06-01T09:00:00+02:00",
            "La **réunion publique** du quartier aura lieu **jeudi 11 juin à 18h30**.",
        ),
        (
            "claire_b",
            "2026-06-03T17:00:00+02:00",
            "Finalement ce sera **mercredi**, même heure, la salle est prise.",
            1,
        ),
        ("yves_p", "2026-06-03T18:00:00+02:00", "Mercredi 10 alors, noté", 2),
        (
            "claire_b",
            "2026-06-04T08:30:00+02:00",
            "Non pardon, je me suis trompée de salle 🙈 **On reste bien jeudi 11 juin, 18h30**.",
            3,
        ),
    ]
    assert await _standing(posts, title="Réunion publique du quartier") == ["2026-06-11T16:30:00Z"]


async def test_a_session_its_organiser_moves_to_the_afternoon_the_same_day() -> None:
    posts = [
        (
            "nadia_f",
            "2026-03-20T10:00:00+01:00",
            "Formation compta en deux sessions :\n- Session 1 : **mardi 14 avril, 9h30-12h30**\n"
            "- Session 2 : **mardi 28 avril, 9h30-12h30**",
        ),
        (
            "nadia_f",
            "2026-04-01T11:00:00+02:00",
            "Petit changement : la session 1 passera l'après-midi, **14h-17h**, même jour.",
        ),
    ]
    assert await _standing(posts, title="Formation compta") == ["2026-04-14T12:00:00Z", "2026-04-28T07:30:00Z"]


async def test_an_emoji_ends_the_call_off_before_the_session_kept() -> None:
    posts = [
        (
            "nadia_f",
            "2026-03-20T10:00:00+01:00",
            "Formation compta en deux sessions :\n- Session 1 : **mardi 14 avril, 14h-17h**\n"
            "- Session 2 : **mardi 28 avril, 14h-17h**",
        ),
        (
            "nadia_f",
            "2026-04-08T18:00:00+02:00",
            "Session 2 annulée, pas assez d'inscrits 😕 On regroupe tout sur la session du 14.",
        ),
    ]
    assert await _standing(posts, title="Formation compta") == ["2026-04-14T12:00:00Z"]


async def test_ok_on_dit_gives_a_new_hour_the_same_day() -> None:
    posts = [
        ("lise_m", "2026-03-04T15:00:00+01:00", "**Atelier réparation** de vélos **mercredi 18 mars 14 h** au garage"),
        ("paul_d", "2026-03-05T09:00:00+01:00", "Avant 15h c'est dur pour moi, j'ai les enfants"),
        ("lise_m", "2026-03-05T18:00:00+01:00", "Ok on dit **15:00** alors, même endroit 😊"),
    ]
    assert await _standing(posts, title="Atelier réparation") == ["2026-03-18T14:00:00Z"]


async def test_ok_on_dit_without_an_hour_moves_nothing() -> None:
    posts = [
        ("lise_m", "2026-03-04T15:00:00+01:00", "**Atelier réparation** de vélos **mercredi 18 mars 14 h** au garage"),
        ("lise_m", "2026-03-05T18:00:00+01:00", "Ok on dit 3 groupes de 4 alors, chacun son vélo 😊"),
    ]
    assert await _standing(posts, title="Atelier réparation") == ["2026-03-18T13:00:00Z"]


async def test_a_members_day_agreed_to_by_its_number_alone() -> None:
    posts = [
        ("agathe_v", "2026-05-22T09:00:00+02:00", "Je propose qu'on tienne le **CA mardi 2 juin à 18:30** au local."),
        (
            "simon_r",
            "2026-05-22T10:45:00+02:00",
            "Le 2 je suis en déplacement 😕 Et si on faisait le CA le **mardi 9 juin** plutôt ? Même heure.",
            1,
        ),
        ("agathe_v", "2026-05-22T14:20:00+02:00", "Ok pour le 9 alors, même heure ✅", 2),
    ]
    assert await _standing(posts, title="CA de juin") == ["2026-06-09T16:30:00Z"]


async def test_a_list_of_events_not_organised_by_us_is_not_ours() -> None:
    posts = [
        (
            "marc_t",
            "2026-10-28T09:00:00+01:00",
            "Bonjour,\n\nQuelques trucs en ville en novembre (pas organisés par nous) :\n"
            "- Concert au théâtre municipal vendredi 20 novembre\n- Conférence à la médiathèque jeudi 26 novembre, "
            "18h\n\nEt chez nous : **réunion du collectif jeudi 5 novembre à 18h30**.",
        ),
    ]
    assert await _standing(posts, title="Agenda de novembre") == ["2026-11-05T17:30:00Z"]


async def test_the_setting_up_of_the_stands_is_a_meeting() -> None:
    posts = [
        (
            "remi_g",
            "2026-06-02T09:00:00+02:00",
            "Fête du quartier : **montage des stands samedi 27 juin à 9h** pour ceux qui peuvent, fête à 14h.",
        ),
    ]
    assert "2026-06-27T07:00:00Z" in await _standing(posts, title="Fête du quartier")


async def test_a_meeting_another_organiser_calls_off_is_held_back() -> None:
    posts = [
        ("thomas_v", "2026-05-04T10:00:00+02:00", "Première **réunion de préparation** mercredi 13 mai à 18h30."),
        (
            "amelie_c",
            "2026-05-14T09:00:00+02:00",
            "Merci pour hier ! Prochaine **réunion de prépa : lundi 1er juin à 18h30**.",
        ),
        ("thomas_v", "2026-06-02T09:00:00+02:00", "On rajoute une dernière **réunion lundi 22 juin 18h30** au local."),
        (
            "amelie_c",
            "2026-06-22T12:00:00+02:00",
            "La réunion de ce soir est annulée, tout est calé, on se retrouve directement samedi 💪",
        ),
    ]
    assert "2026-06-22T16:30:00Z" not in await _standing(posts, title="Fête de quartier : organisation")


async def test_a_list_of_updates_moves_one_at_its_own_hour_and_calls_another_off() -> None:
    posts = [
        (
            "claire_b",
            "2026-04-27T18:00:00+02:00",
            "Programme de mai :\n\n- **Concert** du trio Marelle : samedi 9 mai 20h30\n"
            "- **Atelier gravure** : mercredi 13 mai 14h-17h\n- **Scène ouverte** : vendredi 22 mai 19h",
        ),
        (
            "claire_b",
            "2026-05-05T11:20:00+02:00",
            "Mises à jour :\n- souci de camion, **le concert est reporté au samedi 30 mai**, même heure\n"
            "- l'atelier gravure est **annulé**\n- la scène ouverte ne bouge pas",
        ),
    ]
    assert await _standing(posts, title="Programme de mai") == ["2026-05-22T17:00:00Z", "2026-05-30T18:30:00Z"]


async def test_a_question_to_someone_after_an_emoji_does_not_ask_the_day() -> None:
    posts = [
        ("fabien_c", "2026-01-19T11:00:00+01:00", "**Réunion mutualisation** des outils le **jeudi 5 février à 14h**."),
        ("fabien_c", "2026-01-28T16:00:00+01:00", "Changement : **reporté au 12**, même heure."),
        ("mireille_c", "2026-01-28T18:10:00+01:00", "Le 12 c'est l'AG de la Régie 😬 on peut viser le vendredi 13 ?"),
        (
            "fabien_c",
            "2026-01-30T09:00:00+01:00",
            "Bon, **finalement ce sera le vendredi 13 février à 14h**, désolé pour les allers-retours 🙈 Nathalie, la "
            "salle est dispo ?",
            3,
        ),
    ]
    assert await _standing(posts, title="Réunion mutualisation") == ["2026-02-13T13:00:00Z"]


async def test_a_month_called_off_by_a_member_then_its_restart_confirmed_by_the_organiser() -> None:
    posts = [
        (
            "odile_v",
            "2026-08-31T16:20:00+02:00",
            "Les **ateliers tricot** reprennent : **mardis 8, 15 et 22 septembre, 14h-16h30**.",
        ),
        (
            "yann_b",
            "2026-09-04T18:45:00+02:00",
            "Odile s'est cassé le poignet 😢 **On annule tout pour septembre**.\nReprise des ateliers le **mardi 6 "
            "octobre, même horaire**.",
        ),
        ("chloe_m", "2026-09-04T19:12:00+02:00", "Oh non ! Bon rétablissement Odile ❤️", 2),
        ("odile_v", "2026-09-05T10:30:00+02:00", "Merci 🥲 Je confirme le 6 octobre, le plâtre sera enlevé d'ici là."),
    ]
    assert await _standing(posts, title="Ateliers tricot") == ["2026-10-06T12:00:00Z"]
