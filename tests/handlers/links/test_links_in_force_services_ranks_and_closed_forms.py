"""The document in force is no draft; a link asked by its service is not another service's; the recording of a session
asked by its rank is that session's; an asker who says they registered is not sent the form again; a form said
closed is no answer, unless someone says after that it is open again."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Post
from handlers.links.text import is_request, offer_asked
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided, session

DRAFT = "https://cloud.example.org/s/statuts-amap-projet-2027"


def _statutes(asks: str) -> tuple[str, str | None]:
    posts = (
        make_post(
            1,
            "romain_b",
            "Le CA propose de modifier les statuts de l'AMAP (collège des producteurs, quorum). Le projet avec les "
            f"modifications surlignées : {DRAFT}\n\nVos remarques avant le 15.",
            created_at=datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
        ),
        make_post(2, "ines_l", asks, created_at=datetime(2026, 10, 3, 19, 0, tzinfo=UTC)),
    )
    return decided(posts, "Modification des statuts de l'AMAP – à relire")


def test_the_document_in_force_is_not_the_draft() -> None:
    assert _statutes("Je retrouve pas la version actuelle des statuts pour comparer, elle est en ligne ?")[1] is None


def test_the_draft_asked_is_the_draft() -> None:
    assert _statutes("vous pouvez remettre le lien du projet de statuts ? je le retrouve plus") == ("answer", DRAFT)


TABLES = "https://framaforms.org/vide-grenier-tables-2026"


def _fair(asks: str) -> tuple[str, str | None]:
    posts = (
        make_post(
            1,
            "justine_d",
            f"Vide-grenier du jardin **dimanche 12 avril**, 8h-17h. Pour tenir une table, inscription : {TABLES}",
            created_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
        ),
        make_post(2, "thomas_b", asks, created_at=datetime(2026, 3, 21, 8, 0, tzinfo=UTC)),
    )
    return decided(posts, "Vide-grenier du jardin – dimanche 12 avril")


def test_a_link_asked_by_its_service_is_not_another_services() -> None:
    assert _fair("On peut adhérer en même temps ? il y a un lien helloasso pour l'adhésion ?")[1] is None


def test_a_link_asked_by_its_own_service_is_given() -> None:
    assert _fair("vous pouvez remettre le lien framaforms pour les tables ? je le trouve plus") == ("answer", TABLES)


def test_the_recording_of_a_session_asked_by_its_rank_is_that_sessions() -> None:
    first = "https://cloud.example.org/s/replay-compta-seance-1"
    posts = (
        make_post(
            1,
            "franck_a",
            "Séance 1 des visios compta : **mercredi 4 février, 18h**. On enregistre, le replay sera mis ici.",
            created_at=datetime(2026, 1, 26, 9, 0, tzinfo=UTC),
        ),
        make_post(
            2,
            "franck_a",
            f"Merci à tous ! Replay de la séance 1 : {first}",
            created_at=datetime(2026, 2, 6, 9, 0, tzinfo=UTC),
        ),
        make_post(
            3,
            "franck_a",
            "Séance 2 : **mercredi 4 mars, 18h**, même salon.",
            created_at=datetime(2026, 2, 23, 9, 0, tzinfo=UTC),
        ),
        make_post(
            4,
            "corinne_b",
            "Je n'ai pas pu venir au début, il y a un replay de la première séance quelque part ?",
            created_at=datetime(2026, 3, 7, 10, 0, tzinfo=UTC),
        ),
    )
    meetings = [
        session(1, datetime(2026, 2, 4, 17, 0, tzinfo=UTC), "Visios compta", "franck_a"),
        session(3, datetime(2026, 3, 4, 17, 0, tzinfo=UTC), "Visios compta", "franck_a"),
    ]
    assert decided(posts, "Visios compta des trésoriers", meetings) == ("answer", first)


FORM = "https://framaforms.org/rencontre-fablabs-2026"


def _meetup(*replies: tuple[str, str]) -> tuple[str, str | None]:
    posts: tuple[Post, ...] = (
        make_post(
            1,
            "herve_d",
            f"Rencontre des fablabs en visio **vendredi 20 novembre, 14h-17h**. Inscription obligatoire : {FORM}",
            created_at=datetime(2026, 11, 9, 13, 0, tzinfo=UTC),
        ),
    )
    for n, (author, raw) in enumerate(replies, start=2):
        posts += (make_post(n, author, raw, created_at=datetime(2026, 11, 10 + n, 18, 0, tzinfo=UTC)),)
    return decided(posts, "Rencontre des fablabs – visio du 20 novembre")


def test_an_asker_who_says_they_registered_is_not_sent_the_form() -> None:
    assert _meetup(("karine_l", "Je me suis bien inscrite mais rien reçu, vous pouvez mettre le lien ici ?"))[1] is None


def test_a_form_said_closed_is_no_answer() -> None:
    assert _meetup(("sabrina_m", "Le formulaire affiche « fermé ». Vous avez un autre lien ?"))[1] is None


def test_a_form_said_closed_then_open_again_is_the_answer() -> None:
    replies = (
        ("sabrina_m", "le lien m'envoie sur une page « formulaire fermé »"),
        ("herve_d", "Oups, date limite mal réglée. C'est rouvert !"),
        ("loic_b", "Je trouve pas où s'inscrire, vous pouvez remettre le lien ?"),
    )
    assert _meetup(*replies) == ("answer", FORM)


def test_a_form_said_closed_then_asked_whether_open_again_is_no_answer() -> None:
    replies = (
        ("sabrina_m", "le lien m'envoie sur une page « formulaire fermé »"),
        ("loic_b", "Pareil. Il sera rouvert ? vous pouvez remettre un lien ?"),
    )
    assert _meetup(*replies)[1] is None


def test_a_post_giving_the_link_it_says_was_forgotten_asks_for_nothing() -> None:
    gives = (
        "Il manque le lien dans l'annonce, le voici (Paul me l'a transmis) : https://visio.example.org/b/paul-coworking"
    )
    assert not is_request(gives)


def test_a_link_said_not_to_show_is_asked_for() -> None:
    assert is_request("le lien de la billetterie apparaît pas dans ton message 😅")


def test_asking_whether_anyone_got_the_link_asks_for_it() -> None:
    assert is_request("On attend toujours… qqn a eu le lien de la visio finalement ?")


def test_slides_asked_after_thanks_for_the_session_are_asked_for() -> None:
    asked = "Merci pour cette séance, j'ai appris plein de choses. Les diapos seront partagées ?"
    assert offer_asked(asked) == "held"
    assert is_request(asked)
