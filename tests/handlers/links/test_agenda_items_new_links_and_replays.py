"""An agenda's item asked for by "l'atelier …" beside a place named "L'Atelier"; "mais le tableau est où ?" asked; a new
link said given ("le voici :") after "l'ancien salon a été supprimé", or "ci-dessous" for one that no longer works, and
forgotten; "salle/salon introuvable" said of the link a member has; the place a member will use a link at, named after
their question, is not the place asked for; "un lien pour revoir" asks for a recording; "le doc de … c'est lequel ?"
asks for a document; a list's item or a line left without its link beside others that carry theirs is forgotten; the
meeting's link its announcer gave just after is the one forgotten, no other."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Post, Topic
from bot.sandbox.cook import cook
from handlers.links.ask_announcer import forgotten_beside
from handlers.links.bursts import request_groups
from handlers.links.candidates import Candidate
from handlers.links.forgotten import missing_links
from handlers.links.text import is_request, kinds_of
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided

FORM = "https://www.helloasso.com/associations/la-fabrique/evenements/atelier-reparation-velo-mai"
CALL = "https://visio.example.org/reseau-mai"
MAP = "https://umap.example.org/fr/map/tiers-lieux-du-pays"


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 5, day, hour, 0, tzinfo=UTC)


def _thread(opening: str, *more: tuple[str, str, int | None]) -> tuple[Post, ...]:
    """The posts as the forum gives them, each with the HTML it cooks from its raw (lists, line breaks)."""
    first = make_post(1, "odile_b", opening, created_at=_at(1), cooked=cook(opening))
    rest = tuple(
        make_post(n, user, raw, created_at=_at(n), reply_to_post_number=to, cooked=cook(raw))
        for n, (user, raw, to) in enumerate(more, start=2)
    )
    return (first, *rest)


AGENDA = (
    "Agenda de mai :\n\n"
    "- **Sam 9 mai** – Troc de livres à la bibliothèque, 10h\n"
    f"- **Jeu 14 mai** – Visio du réseau, 12h30 → {CALL}\n"
    f"- **Sam 23 mai** – Atelier réparation vélo à la Fabrique, 14h → inscription : {FORM}\n"
    "- **Mer 27 mai** – Soirée jeux à L'Atelier 12, 19h"
)


def test_the_atelier_asked_is_the_item_of_that_atelier_not_the_place_named_latelier() -> None:
    posts = _thread(AGENDA, ("lea_m", "je ne trouve pas le lien d'inscription pour l'atelier vélo", None))
    assert decided(posts, "Agenda de mai") == ("answer", FORM)


def test_where_the_sheet_is_after_a_but_is_asked() -> None:
    assert is_request("Je peux venir aider au bar, mais le tableau est où ? 🤔")
    assert not is_request("Je peux venir aider au bar, mais le tableau blanc est où ?")


def _one_missing(raw: str) -> list[int]:
    posts = _thread("Les midis du réseau, un mardi par mois en visio.", ("odile_b", raw, None))
    topic = Topic(id=1, title="Les midis du réseau", posts=posts, created_by="odile_b")
    return [post.post_number for post, _ in missing_links(topic, "scribe")]


def test_a_new_link_said_given_after_the_old_one_was_removed_is_forgotten() -> None:
    raw = "Prochain midi **mardi 2 juin**.\n⚠️ Nouveau lien (l'ancien salon a été supprimé), le voici :"
    assert _one_missing(raw) == [2]


def test_a_link_said_removed_on_purpose_is_not_forgotten() -> None:
    """The guard: the link itself taken out, not an old one."""
    assert _one_missing("Prochain midi **mardi 2 juin**. Lien supprimé à la demande de l'intervenant, le voici :") == []


def test_a_room_not_found_asks_for_a_link_that_works() -> None:
    assert is_request("pareil, salon introuvable. Quelqu'un a le nouveau ?")


def test_the_place_a_member_will_use_a_link_at_is_not_the_place_asked_for() -> None:
    opening = f"🗺️ La carte des tiers-lieux du Pays de Gex est en ligne !\n{MAP}"
    posts = _thread(
        opening,
        (
            "hugo_v",
            "Bonjour, vous pourriez remettre le lien de la carte ? Je la mets sur le site de la mairie de Cessy",
            1,
        ),
    )
    assert decided(posts, "Carte des tiers-lieux") == ("answer", MAP)


def test_a_place_named_in_the_question_still_sets_another_places_link_apart() -> None:
    """The guard: "le compte rendu de la rencontre de Gex" is not Nantua's."""
    opening = "Compte rendu de la rencontre de Nantua : https://cloud.example.org/s/cr-rencontre-nantua"
    posts = _thread(opening, ("hugo_v", "Et le compte rendu de la rencontre de Gex, il est où ?", 1))
    assert decided(posts, "Rencontres")[1] is None


def test_a_link_to_watch_again_asks_for_a_recording() -> None:
    assert "recording" in kinds_of("J'ai raté la visio hier, il y a un lien pour revoir ?")


def test_the_doc_asked_by_which_one_it_is_is_a_request() -> None:
    assert is_request("Merci pour la réunion ! Le doc de programmation c'est lequel ?")


def test_a_new_link_said_below_for_a_dead_one_is_no_request_but_a_forgotten_link() -> None:
    raw = "⚠️ J'ai dû recréer le pad, l'ancien lien ne fonctionne plus. Nouveau lien ci-dessous 👇"
    assert not is_request(raw)
    assert _one_missing(raw) == [2]


def test_a_member_asking_for_the_new_link_of_a_dead_one_still_asks() -> None:
    """The guard: "nouveau lien" asked with a question mark."""
    assert is_request("l'ancien lien ne fonctionne plus, quelqu'un a le nouveau lien ?")


def test_an_item_left_empty_beside_one_with_its_link_is_forgotten() -> None:
    raw = "Merci à toutes et tous ! Voici les supports :\n\n- slides : https://cloud.example.org/s/slides\n\n- replay :"
    assert _one_missing(raw) == [2]


def test_a_thing_said_below_and_not_there_is_forgotten() -> None:
    posts = _thread(
        "Le replay de la table ronde est en ligne !\n\nReplay : voir ci-dessous ⬇️\n\nMerci à toutes et tous."
    )
    topic = Topic(id=1, title="Table ronde", posts=posts, created_by="odile_b")
    assert [post.post_number for post, _ in missing_links(topic, "scribe")] == [1]


def test_a_link_pointed_at_above_another_lines_own_link_is_forgotten() -> None:
    raw = (
        "Merci pour la formation !\n\n📑 Les slides : https://cloud.example.org/s/slides\n"
        "🎥 Le replay de l'après-midi : ici 👉\n📝 Questionnaire de satisfaction : https://framaforms.org/satisfaction"
    )
    posts = _thread(raw)
    topic = Topic(id=1, title="Formation", posts=posts, created_by="odile_b")
    assert [post.post_number for post, _ in missing_links(topic, "scribe")] == [1]


def test_the_meetings_link_its_announcer_gave_after_a_forgotten_one_is_no_other_link_left_out() -> None:
    """The meeting's link, given by its announcer just after ("Oups, le lien : …"), is the one the announcement forgot:
    not another left out beside it."""
    call = "https://meet.jit.si/reseau-communes"
    posts = _thread(
        "Visio d'échange le jeudi 28 mai à 18h.\n\nLien de connexion :",
        ("odile_b", f"Oups, le lien : {call}", None),
        ("anne_s", "bonsoir, je retrouve plus le lien pour la visio de ce soir ??", None),
    )
    topic = Topic(id=1, title="Visio d'échange", posts=posts, created_by="odile_b")
    group = request_groups(topic, "scribe", order="DMY")[-1]
    found = Candidate(call, 9.0, frozenset({"meeting"}), "meeting", 1, 1, posts[0], "Visio d'échange")
    assert forgotten_beside(topic, group, found, frozenset({"meeting"})) is None


def test_a_link_given_with_words_saying_it_fell_out_is_no_request() -> None:
    assert not is_request("https://visio.example.org/b/bilan (le lien a sauté au copier-coller, dsl)")
