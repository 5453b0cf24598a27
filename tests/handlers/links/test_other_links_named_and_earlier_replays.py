"""A request naming what another member's link is for ("m'inscrire à la greffe") is not answered with the announcement's
form for another workshop; the replay of an earlier webinar its line gives as such answers no request for this one's;
"lien ?" alone asks; a link whose address starts another's is read on its own line; a page that "ne s'affiche pas" is
no poster asked; "l'odj" is the agenda's document."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Post
from bot.sandbox.cook import cook
from handlers.links.text import is_request, kinds_of
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided

PRUNING = "https://framaforms.org/verger-taille-fevrier"
GRAFTING = "https://framaforms.org/verger-atelier-greffe-mars"
OLD_REPLAY = "https://video.example.org/w/reseau-webinaire-benevolat-replay"
NEW_REPLAY = "https://video.example.org/w/reseau-webinaire-mecenat-replay"


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 2, day, hour, 0, tzinfo=UTC)


def _thread(*posts: tuple[str, str, int, int | None]) -> tuple[Post, ...]:
    """(author, raw, day, replied-to post) each, numbered from 1, cooked as the forum cooks them."""
    return tuple(
        make_post(n, user, raw, created_at=_at(day, 9 + n), reply_to_post_number=to, cooked=cook(raw))
        for n, (user, raw, day, to) in enumerate(posts, start=1)
    )


WEBINAR = (
    "Webinaire **jeudi 5 février, 12h30-13h30** sur le mécénat. Il sera enregistré et le replay posté ici.\n\n"
    f"PS : le replay du précédent webinaire (sur le bénévolat) est toujours dispo : {OLD_REPLAY}"
)
ORCHARD = "**Atelier taille** au verger, **samedi 21 février à 10h**.\n\nInscription : " + PRUNING


def test_a_request_naming_another_members_workshop_is_not_given_the_announcements_form() -> None:
    posts = _thread(
        ("jean_o", ORCHARD, 2, None),
        ("rozenn_b", "Et atelier greffe le samedi d'après, même heure. Inscription ici :", 2, 1),
        ("rozenn_b", f"{GRAFTING} oups", 2, 2),
        ("chloe_q", "Je voudrais m'inscrire à la greffe, c'est quel lien ?", 5, None),
    )
    assert decided(posts, "Atelier taille du verger") == ("silent", None)


def test_a_request_for_the_workshop_announced_is_still_given_its_form() -> None:
    """The guard: asking for the pruning workshop's form, the announcement's is the answer."""
    posts = _thread(
        ("jean_o", ORCHARD, 2, None),
        ("rozenn_b", "Et atelier greffe le samedi d'après, même heure. Inscription ici :", 2, 1),
        ("rozenn_b", f"{GRAFTING} oups", 2, 2),
        ("chloe_q", "Je voudrais m'inscrire à la taille, c'est quel lien ?", 5, None),
    )
    assert decided(posts, "Atelier taille du verger") == ("answer", PRUNING)


def test_the_replay_of_an_earlier_webinar_answers_no_request_for_this_ones() -> None:
    posts = _thread(("soizic_t", WEBINAR, 2, None), ("anais_m", "Le replay est dispo quelque part ?", 5, None))
    assert decided(posts, "Webinaire mécénat") != ("answer", OLD_REPLAY)


def test_the_replay_of_the_earlier_webinar_asked_as_such_is_given() -> None:
    """The guard: asked for the earlier webinar's replay, the line giving it answers."""
    posts = _thread(
        ("soizic_t", WEBINAR, 2, None),
        ("anais_m", "Je ne trouve plus le replay du précédent webinaire, vous avez le lien ?", 3, None),
    )
    assert decided(posts, "Webinaire mécénat") == ("answer", OLD_REPLAY)


def test_the_replay_posted_since_answers_once_the_earlier_one_is_set_aside() -> None:
    opening = (
        "Webinaire **jeudi 5 février, 12h30-13h30** sur le mécénat.\n\n"
        f"PS : le replay du précédent webinaire est toujours dispo : {OLD_REPLAY}"
    )
    posts = _thread(
        ("soizic_t", opening, 2, None),
        ("soizic_t", f"Le replay de ce midi : {NEW_REPLAY}", 6, None),
        ("thibault_l", "qqn pourrait remettre le lien du replay svp ?", 9, None),
    )
    assert decided(posts, "Webinaire mécénat") == ("answer", NEW_REPLAY)


def test_the_word_link_alone_asks() -> None:
    assert is_request("lien ?")
    assert is_request("Lien ?? 🙏")
    assert is_request("Je ne pourrai pas venir, c'est où pour faire la procuration ?")
    assert not is_request("un seul lien pour les deux soirées")


COMPTA = "https://visio.example.org/rencontre-atelier-compta"
COM = "https://visio.example.org/rencontre-atelier-com"
DAY = (
    "La rencontre a lieu **jeudi 2 avril** à la Friche, en hybride.\n\n"
    "**Ateliers 11h15-12h30** (au choix) :\n"
    f"- Atelier A « Compta & modèle économique » : {COMPTA}\n"
    "- Atelier B « Bénévolat » : en présentiel uniquement\n"
    f"- Atelier C « Communication » : {COM}"
)


def test_a_link_whose_address_starts_anothers_is_read_on_its_own_line() -> None:
    """ ".../atelier-com" is the start of ".../atelier-compta": each link's words are those of its own line."""
    posts = _thread(
        ("ines_r", DAY, 2, None), ("mathis_c", "je serai à distance, le lien de l'atelier compta ?", 5, None)
    )
    assert decided(posts, "Rencontre départementale") == ("answer", COMPTA)
    posts = _thread(("ines_r", DAY, 2, None), ("mathis_c", "le lien de l'atelier communication svp ?", 5, None))
    assert decided(posts, "Rencontre départementale") == ("answer", COM)


def test_a_page_that_does_not_show_is_no_poster_and_the_odj_is_a_document() -> None:
    assert kinds_of("vous pourriez redonner le lien ? sur mon téléphone il s'affiche pas") == frozenset()
    assert kinds_of("l'affiche est où ?") == {"document"}
    assert kinds_of("Le lien de l'odj ? je voudrais ajouter un sujet") == {"document"}
