"""A paper asked for in the question beside "pas de lien dans le message" ("Elle est où la charte ?") or by its name
("le formulaire de vote") is not answered with the announcement's other link; a meeting's link members "recevront par
mail" is asked of nobody; a new room a reply gave the meeting answers "le lien svp"; "Le compte-rendu est ici :" and
nothing is a forgotten link; "c'est quoi le lien déjà pour ce soir ?", "les docs de l'AG c'est où ?", "+1 pour le
replay, c'est où ?" and "Merci pour ce soir ! Il y aura un replay ?" ask."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers.links.forgotten import forgotten_link
from handlers.links.text import is_request
from handlers.meetings.meeting import Meeting
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided
from tests.handlers.links.test_other_links_named_and_earlier_replays import _thread

BOOKING = "https://cloud.example.org/s/coworking-gare-ete-2026"
SIGN_UP = "https://www.helloasso.com/associations/reseau/evenements/ag-2026"
BBB = "https://bbb.example.org/b/gt-ruraux"
JITSI = "https://meet.jit.si/gt-ruraux-salle2"


COWORKING = (
    f"Les réservations de l'été sont ouvertes pour les postes du coworking : {BOOKING}\n\n"
    "Nouveauté : chaque coworker doit avoir signé la **charte d'usage** (à lire avant de réserver)."
)


def test_the_paper_a_question_names_beside_no_link_is_not_given_another_link() -> None:
    posts = _thread(
        ("nadia_c", COWORKING, 22, None), ("theo_m", "Elle est où la charte ? pas de lien dans le message", 22, 1)
    )
    assert decided(posts, "Coworking de la Gare – été") == ("silent", None)


def test_the_link_a_question_names_beside_no_link_is_given() -> None:
    """The guard: the question names no paper: the announcement's one link is the answer."""
    posts = _thread(
        ("nadia_c", COWORKING, 22, None),
        ("theo_m", "Je réserve où ? pas de lien dans le message", 22, 1),
    )
    assert decided(posts, "Coworking de la Gare – été") == ("answer", BOOKING)


AG = (
    "L'**assemblée générale** aura lieu le **samedi 21 février, 10h-16h**.\n\n"
    f"**Inscription** (repas du midi) : {SIGN_UP}\n\n"
    "Le vote à distance se fera via un formulaire **envoyé par mail aux adhérent·es** le matin même."
)


def test_the_voting_form_is_not_answered_with_the_sign_up_form() -> None:
    posts = _thread(
        ("claire_b", AG, 1, None),
        (
            "paul_m",
            "Je peux pas venir. C'est possible de voter à distance ? j'ai pas reçu le formulaire de vote",
            16,
            None,
        ),
    )
    assert decided(posts, "AG 2026") == ("silent", None)


def test_a_call_link_members_receive_by_mail_is_asked_of_nobody() -> None:
    posts = _thread(
        (
            "regis_j",
            "Réunion du **conseil d'administration** le **jeudi 12 février à 18h**, en visio.\n"
            "Les membres du CA recevront le lien visio par mail (réunion non publique).",
            7,
            None,
        ),
        ("valerie_g", "Je suis nouvelle au CA et je n'ai rien reçu, vous pouvez me donner le lien ?", 10, 1),
    )
    assert decided(posts, "CA de la Bricole") == ("silent", None)


def test_the_room_a_reply_gave_the_meeting_answers_the_request() -> None:
    posts = _thread(
        ("gwen_b", f"Prochaine réunion du GT **mardi 10 février 16h-18h**.\nVisio : {BBB}", 1, None),
        (
            "gwen_b",
            f"⚠️ Le serveur BBB est en maintenance demain matin, on bascule sur Jitsi.\n**Nouveau lien** : {JITSI}",
            8,
            None,
        ),
        ("antoine_b", "Bjr, je me connecte où du coup ? le lien svp", 9, None),
    )
    meeting = Meeting(
        id="1:1",
        title="Réunion du GT",
        start=datetime(2026, 2, 10, 15, 0, tzinfo=UTC),
        end=datetime(2026, 2, 10, 17, 0, tzinfo=UTC),
        tz="Europe/Paris",
        all_day=False,
        link=JITSI,  # the room the reply gave it, as the meetings feature keeps it
        topic_id=1,
        post_number=1,
        post_id=1001,
        author="gwen_b",
    )
    assert decided(posts, "GT lieux ruraux", [meeting]) == ("answer", JITSI)


def test_what_is_the_link_again_for_tonight_asks() -> None:
    assert is_request("Rebonjour, c'est quoi le lien déjà pour ce soir ?")


def test_the_documents_where_are_they_asks() -> None:
    assert is_request("et les docs de l'AG c'est où ? je voudrais lire le rapport moral avant")


def test_plus_one_then_asking_where_in_its_own_words_asks() -> None:
    assert is_request("+1 pour le replay, c'est où ?")


def test_plus_one_alone_asks_nothing_of_its_own() -> None:
    """The guard: a bare "+1" asks only right after a request (`is_agreement`), not on its own."""
    assert not is_request("+1 !")


def test_a_replay_asked_after_thanking_for_the_evening_asks() -> None:
    assert is_request("Merci pour ce soir, très riche ! Il y aura un replay ? j'aimerais le faire écouter à mon CA")


def test_a_replay_asked_of_the_evening_to_come_asks_nothing_yet() -> None:
    """The guard: before the event, whether it will be recorded is no request for a link."""
    assert not is_request("Il y aura un replay de ce soir ?")


MINUTES = (
    "Merci à celles et ceux qui étaient à la réunion de lancement vendredi 16 janvier !\n\n"
    "Le compte-rendu est ici :\n\n**Prochaine réunion : vendredi 13 février, 18h30**, même endroit."
)


def test_minutes_pointed_at_and_left_out_are_a_forgotten_link() -> None:
    (post,) = _thread(("nadia_b", MINUTES, 3, None))
    assert forgotten_link(post) == "Le compte-rendu est ici"
