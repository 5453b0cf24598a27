"""A link its author gives again as "la version à jour" or "la bonne version" replaces the first; "le tableau" asked
takes only a link said to be one (not the call); a carpool pad is no answer to a request that does not ask for a lift,
nor anything else to one that does; a new version of the programme replaces the programme, not the carpool pad; a form
said to be "dans la lettre d'info", or "ci-dessous" and given below the photos, is no link forgotten; last year's poll
a member says is all they find is not the sheet they ask for; an announcer owning up ("j'avais oublié le lien") and
giving it asks for nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Topic
from handlers.links.forgotten import missing_links
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided

PROGRAMME = "https://cloud.example.org/s/fete-quartier-programme.pdf"
UPDATED = "https://cloud.example.org/s/fete-quartier-programme-v2.pdf"
CARPOOL = "https://pad.example.org/p/fete-quartier-covoit"


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=UTC)


def _fete(*more: tuple[str, str, int | None]) -> tuple:
    opening = make_post(
        1, "maelle_g", f"Fête du quartier **samedi 27 juin**, 11h-23h.\n\n- Programme : {PROGRAMME}", created_at=_at(1)
    )
    rest = tuple(
        make_post(n, user, raw, created_at=_at(n + 1), reply_to_post_number=to)
        for n, (user, raw, to) in enumerate(more, start=2)
    )
    return (opening, *rest)


def test_the_programmes_version_up_to_date_is_the_one_given() -> None:
    posts = _fete(
        ("paul_a", "Le programme a changé ou c'est toujours le pdf du début ?", None),
        ("maelle_g", f"Il a un peu bougé (concert à 21h), version à jour : {UPDATED}", 2),
        ("lea_b", "Vous pouvez remettre le lien du programme svp ?", None),
    )
    assert decided(posts, "Fête du quartier") == ("answer", UPDATED)


def test_the_right_version_given_by_its_author_replaces_the_first() -> None:
    replay = "https://video.example.org/w/atelier-fdva"
    posts = (
        make_post(1, "benoit_l", f"Merci pour l'atelier ! Replay : {replay}", created_at=_at(1)),
        make_post(2, "benoit_l", f"Petite correction, voici la bonne version : {replay}-v2", created_at=_at(2)),
        make_post(3, "romain_v", "Bonjour, vous avez le lien du replay ?", created_at=_at(9)),
    )
    assert decided(posts, "Atelier FDVA") == ("answer", f"{replay}-v2")


def test_a_sheet_asked_is_not_the_call() -> None:
    posts = (
        make_post(
            1,
            "mathieu_s",
            "Permanences d'accueil de janvier : le tableau des créneaux est envoyé par mail aux membres.\n\n"
            "Visio de calage **lundi 5 janvier à 12h30** : https://visio.example.org/calage-accueil",
            created_at=datetime(2025, 12, 29, 9, tzinfo=UTC),
        ),
        make_post(
            2,
            "gaelle_r",
            "Je n'ai pas reçu le tableau, vous pouvez me mettre le lien ?",
            created_at=datetime(2026, 1, 2, 13, tzinfo=UTC),
        ),
    )
    assert decided(posts, "Permanences d'accueil")[1] is None


def test_a_carpool_asked_takes_the_carpool_pad_not_the_new_programme() -> None:
    posts = _fete(
        ("maelle_g", f"Pour le covoit, un pad : {CARPOOL}", None),
        ("paul_a", "Le programme n'est plus à jour je crois ?", 1),
        ("maelle_g", f"Bien vu, nouvelle version avec les concerts : {UPDATED}", 3),
        ("lea_b", "le lien du covoit svp ?", None),
    )
    assert decided(posts, "Fête du quartier") == ("answer", CARPOOL)


def _garden(pointer: str) -> Topic:
    opening = make_post(
        1,
        "gerard_a",
        f"Fête du jardin le **samedi 6 juin** à partir de 11h.\n\nPour aider, inscrivez-vous sur le tableau des "
        f"bénévoles {pointer}",
        created_at=_at(1),
    )
    return Topic(id=1, title="Fête du jardin", posts=(opening,), created_by="gerard_a")


def test_a_form_said_to_be_in_the_newsletter_is_not_forgotten() -> None:
    assert missing_links(_garden("(lien dans la lettre d'info de mai)."), "scribe") == []


def test_a_form_pointed_at_and_not_given_is_still_forgotten() -> None:
    assert [post.post_number for post, _ in missing_links(_garden("ici :"), "scribe")] == [1]


def test_a_link_pointed_at_below_the_photos_is_not_forgotten() -> None:
    opening = make_post(
        1,
        "killian_d",
        "**Formation découpe laser mardi 24 novembre, 18h–20h**. Inscription à la formation, lien ci-dessous 👇\n\n"
        "Quelques photos de la nouvelle machine :\n\n![laser](upload://laser.jpeg)\n\n"
        "📝 Formation laser : https://framaforms.org/formation-laser-nov",
        created_at=_at(1),
    )
    topic = Topic(id=1, title="Formation laser", posts=(opening,), created_by="killian_d")
    assert missing_links(topic, "scribe") == []


def test_only_last_years_poll_found_is_not_the_sheet_asked() -> None:
    old = "https://framadate.org/boutique-ete-2025"
    posts = (
        make_post(
            1,
            "mathilde_b",
            "Permanences d'été de la boutique, les samedis 10h-12h30.\n\n📋 Tableau des créneaux : "
            f"https://cloud.example.org/s/planning-ete-boutique\n\n(L'an dernier on passait par un framadate, {old}, "
            "mais on l'abandonne.)",
            created_at=_at(1),
        ),
        make_post(
            2,
            "fanny_d",
            "qqn pourrait remettre le lien du tableau svp, je retrouve que le framadate de l'an dernier 🙈",
            created_at=_at(9),
        ),
    )
    assert decided(posts, "Permanences d'été")[1] != old


def test_an_announcer_owning_up_and_giving_the_link_asks_for_nothing() -> None:
    assert not is_request(
        "Désolée, j'avais oublié le lien 🙈 On reporte au lundi 23 mars, même heure, et cette fois le lien est là :\n"
        "https://visio.example.org/copil-2026-03"
    )
