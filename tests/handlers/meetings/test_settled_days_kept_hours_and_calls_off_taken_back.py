"""A meeting replaced the same day while the first moves later, "ce soir-là" of the meeting's evening, a town's public
meeting told in a reply, a day its organiser takes from a member ("va pour mercredi 13 mai, même créneau"), a day given
again after a holiday is spotted, a question on a deadline moved, taking stock together ("on fait le bilan"), an
organiser thanking a co-organiser for a new hour, another gathering called off "pas le nôtre", an hour kept against a
member's ask ("non on garde 18h30"), a call-off taken back beside another meeting, a shared inventory, a visio held in
person instead at its hour, everything moving onto the day a meeting is already on, and the day settled by the member
who opened a topic asking when to meet."""

from __future__ import annotations

import pytest

from tests.handlers.meetings.test_member_updates import _standing


async def test_a_meeting_replaced_the_same_day_while_the_first_moves_later() -> None:
    posts = [
        (
            "hugo_l",
            "2026-09-01T10:00:00+02:00",
            "**Chantier plantation** au jardin partagé le **samedi 19 septembre de 9h à 17h**.",
        ),
        (
            "hugo_l",
            "2026-09-14T18:00:00+02:00",
            "Les arbres n'arriveront pas à temps. Le chantier du 19 est remplacé par une **visite de la pépinière** "
            "le même jour, **samedi 19 septembre à 10h**.\nLe chantier lui-même est repoussé au **samedi 3 "
            "octobre, 9h**.",
        ),
    ]
    assert await _standing(posts, title="Chantier plantation") == ["2026-09-19T08:00:00Z", "2026-10-03T07:00:00Z"]


async def test_that_evening_is_the_meetings_not_the_replys() -> None:
    posts = [
        ("ines_p", "2026-10-01T09:00:00+02:00", "**Réunion du collectif jeudi 15 octobre à 19h** au local."),
        (
            "ines_p",
            "2026-10-06T12:00:00+02:00",
            "Petit changement : on démarre à **18h30**, la salle doit être rendue tôt ce soir-là.",
        ),
    ]
    assert await _standing(posts, title="Réunion du collectif") == ["2026-10-15T16:30:00Z"]


async def test_a_public_meeting_a_town_holds_told_in_a_reply_is_not_ours() -> None:
    posts = [
        ("claire_b", "2026-04-01T10:00:00+02:00", "**AG de l'épicerie jeudi 23 avril à 19h** à la salle des fêtes."),
        (
            "marc_d",
            "2026-04-02T08:00:00+02:00",
            "J'y serai. La mairie fait une réunion publique sur le PLU le lundi 20 avril à 18h30, pour ceux que ça "
            "intéresse.",
            1,
        ),
    ]
    assert await _standing(posts, title="AG de l'épicerie") == ["2026-04-23T17:00:00Z"]


async def test_a_day_its_organiser_takes_from_a_member_same_slot() -> None:
    posts = [
        ("aline_c", "2026-05-02T09:00:00+02:00", "**Atelier couture** au local **jeudi 14 mai, 14h-17h**."),
        ("yves_p", "2026-05-02T12:00:00+02:00", "Le 14 c'est l'Ascension, on le fait pas plutôt le mercredi 13 ?", 1),
        ("aline_c", "2026-05-02T13:00:00+02:00", "Bien vu 🙈 va pour **mercredi 13 mai**, même créneau.", 2),
    ]
    assert await _standing(posts, title="Atelier couture") == ["2026-05-13T12:00:00Z"]


async def test_a_day_given_again_after_a_member_spots_a_holiday() -> None:
    posts = [
        ("paul_r", "2026-11-02T10:00:00+01:00", "**Réunion du bureau mardi 10 novembre à 18h** au local."),
        ("paul_r", "2026-11-03T10:00:00+01:00", "Petit changement : **réunion décalée au mercredi 11**, même heure."),
        ("anne_s", "2026-11-03T11:00:00+01:00", "Le 11 c'est férié, le local est fermé non ?", 2),
        ("paul_r", "2026-11-03T11:30:00+01:00", "Ah oui pardon, alors **jeudi 12 novembre, 18h**.", 3),
    ]
    assert await _standing(posts, title="Réunion du bureau") == ["2026-11-12T17:00:00Z"]


async def test_a_question_on_a_deadline_moved_leaves_the_meeting() -> None:
    raw = (
        "Dossiers à déposer avant le **lundi 16 mars**. **Permanence d'aide au montage mercredi 4 mars de 14h à "
        "17h** à la Fabrique."
    )
    posts = [
        ("lina_g", "2026-02-20T10:00:00+01:00", raw),
        ("theo_m", "2026-02-26T10:00:00+01:00", "La date limite a été repoussée ? on m'a parlé du 23 mars"),
    ]
    assert await _standing(posts, title="Appel à projets") == ["2026-03-04T13:00:00Z"]


async def test_taking_stock_together_is_a_meeting() -> None:
    raw = "On fait le bilan du festival **mardi 6 octobre à 19h** au bar associatif, venez nombreux."
    posts = [("sara_l", "2026-09-25T10:00:00+02:00", raw)]
    assert await _standing(posts, title="Après le festival") == ["2026-10-06T17:00:00Z"]


async def test_the_organiser_thanking_a_co_organiser_for_a_new_hour_takes_it() -> None:
    posts = [
        ("noe_f", "2026-06-01T10:00:00+02:00", "**Projection en plein air** au jardin **samedi 20 juin, 21h30**."),
        (
            "ella_v",
            "2026-06-05T10:00:00+02:00",
            "Changement côté technique : **projection à 22h** au lieu de 21h30, il fera encore trop clair.",
            1,
        ),
        ("noe_f", "2026-06-05T11:00:00+02:00", "Merci Ella 👍 je corrige l'affiche.", 2),
    ]
    assert await _standing(posts, title="Projection en plein air") == ["2026-06-20T20:00:00Z"]


async def test_another_gathering_called_off_not_ours_puts_ours_back() -> None:
    posts = [
        ("noe_f", "2026-06-01T10:00:00+02:00", "**Concert** au jardin **samedi 20 juin, 20h**."),
        ("lou_b", "2026-06-10T10:00:00+02:00", "On m'a dit que le concert était annulé ??"),
        (
            "noe_f",
            "2026-06-10T11:00:00+02:00",
            "Non ! C'est le concert de la salle des fêtes qui est annulé, pas le nôtre. Samedi 20h, on est toujours "
            "bons.",
            2,
        ),
    ]
    assert await _standing(posts, title="Concert au jardin") == ["2026-06-20T18:00:00Z"]


async def test_the_organiser_keeping_the_hour_a_member_asked_to_move() -> None:
    posts = [
        ("rene_k", "2026-03-01T10:00:00+01:00", "**Atelier vélo** au garage **mardi 10 mars à 18h30**."),
        ("iris_n", "2026-03-02T10:00:00+01:00", "On décale à 18h ? je dois partir tôt", 1),
        ("rene_k", "2026-03-02T11:00:00+01:00", "Non on garde 18h30, les bénévoles sortent du travail.", 2),
    ]
    assert await _standing(posts, title="Atelier vélo") == ["2026-03-10T17:30:00Z"]


async def test_a_call_off_taken_back_leaves_the_other_meeting() -> None:
    posts = [
        (
            "jade_t",
            "2026-11-02T10:00:00+01:00",
            "Le **marché de Noël** du tiers-lieu aura lieu le **samedi 12 décembre, 10h-18h**.",
        ),
        ("jade_t", "2026-11-03T10:00:00+01:00", "**Réunion des exposants le 2/12 à 19h** au local."),
        ("jade_t", "2026-11-20T10:00:00+01:00", "Finalement la réunion du 2/12 est annulée, je vous écris par mail."),
        (
            "jade_t",
            "2026-11-21T10:00:00+01:00",
            "Oubliez mon message d'hier : on maintient la réunion du 2/12 à 19h. À mercredi !",
        ),
    ]
    assert await _standing(posts, title="Marché de Noël") == ["2026-12-02T18:00:00Z", "2026-12-12T09:00:00Z"]


async def test_a_shared_inventory_is_a_meeting() -> None:
    raw = "Avant les fêtes, **inventaire collectif le samedi 12/12 de 9h à 12h** à la ressourcerie, venez aider !"
    posts = [("tom_h", "2026-12-01T10:00:00+01:00", raw)]
    assert await _standing(posts, title="Ressourcerie : décembre") == ["2026-12-12T08:00:00Z"]


async def test_a_visio_held_in_person_instead_stays_at_its_hour() -> None:
    posts = [
        ("ana_r", "2026-03-20T10:00:00+01:00", "**CA de l'asso mercredi 8 avril à 20h en visio**."),
        (
            "ana_r",
            "2026-04-01T10:00:00+02:00",
            "Finalement plus de visio : le CA du mercredi 8 se fera en présentiel à la Grange, même heure.",
        ),
    ]
    assert await _standing(posts, title="CA d'avril") == ["2026-04-08T18:00:00Z"]


async def test_everything_moving_onto_the_meetings_own_day_leaves_it() -> None:
    posts = [
        ("lea_m", "2026-06-01T10:00:00+02:00", "**Concert** à la friche **vendredi 12 juin à 20h30**."),
        (
            "lea_m",
            "2026-06-08T10:00:00+02:00",
            "La chanteuse est malade, le concert est **annulé**.\n"
            "On le remplace par une **scène ouverte samedi 13 juin à 19h**.",
        ),
        ("tom_r", "2026-06-09T20:00:00+02:00", "Le vendredi 12 la buvette reste ouverte quand même ?", 2),
        ("lea_m", "2026-06-09T21:00:00+02:00", "Non, tout passe au samedi, le vendredi c'est fermé.", 3),
    ]
    assert await _standing(posts, title="Concert à la friche") == ["2026-06-13T17:00:00Z"]


async def test_the_day_settled_by_the_member_who_asked_when_to_meet() -> None:
    posts = [
        (
            "rose_d",
            "2026-10-01T10:00:00+02:00",
            "Il faudrait qu'on se voie pour monter le dossier de la Fondation. Qui est dispo quand ?",
        ),
        ("marc_l", "2026-10-01T12:00:00+02:00", "Pourquoi pas **jeudi 8 octobre à 19h** au local ?", 1),
        ("rose_d", "2026-10-02T09:00:00+02:00", "Va pour **jeudi 8 à 19h** alors 👍 je prends les clés.", 2),
    ]
    assert await _standing(posts, title="Dossier pour la Fondation") == ["2026-10-08T17:00:00Z"]


@pytest.mark.parametrize(
    "floated",
    [
        "Et s'il fait beau on fera peut-être une balade le dimanche 21 juin, à voir.",
        "Prochaine réunion ? Je proposerais mercredi 24 juin, à confirmer.",
    ],
)
async def test_a_day_left_open_after_it_is_no_meeting(floated: str) -> None:
    raw = f"**Atelier vélo samedi 20 juin de 10h à 12h** au garage.\n\n{floated}"
    posts = [("hugo_f", "2026-06-01T10:00:00+02:00", raw)]
    assert await _standing(posts, title="Atelier vélo de juin") == ["2026-06-20T08:00:00Z"]
