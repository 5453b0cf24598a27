"""A bare link an announcer gives in reply to a request ("Pardon !! <link>") is the thing asked; a reply sending a
member to "the form" points at the announcement's; the règlement is no contract; "pas d'inscription" and an
exhibitor's form; "Où trouve-t-on le règlement ?" and two replays told apart by the words of their addresses; "the link
of the session" held in person is its form, no call to ask for; "vous avez les notes ?", "tu vas partager le
tableau ?" ask."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.models import Post, Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.forgotten import missing_links
from handlers.links.text import is_request
from handlers.links.text.kinds import kinds_denied, kinds_of
from handlers.meetings.meeting import Meeting
from tests.handler_kit import make_post
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided, session

SHEET = "https://framacalc.org/verger-taille-mars"


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=UTC)


def test_a_bare_link_given_in_reply_to_a_request_answers_the_next_one() -> None:
    posts = (
        make_post(
            1,
            "julien_b",
            "Taille des arbres du verger **samedi 28 mars** (9h-12h). Merci de vous inscrire sur le tableau des "
            "créneaux pour qu'on prévoie les sécateurs !",
            created_at=_at(2),
        ),
        make_post(2, "ana_p", "Je viens ! c'est où le tableau ?", created_at=_at(3)),
        make_post(3, "julien_b", f"Pardon Ana !! {SHEET}", created_at=_at(4), reply_to_post_number=2),
        make_post(4, "leo_m", "Il reste de la place ? je peux m'inscrire où ?", created_at=_at(20)),
    )
    assert decided(posts, "Taille du verger") == ("answer", SHEET)


def test_a_reply_giving_two_links_says_which_is_which() -> None:
    replay = "https://peertube.example.org/w/rencontre-verger-pleniere"
    posts = (
        make_post(1, "julien_b", "Rencontre des vergers partagés **samedi 7 mars**, 10h-17h.", created_at=_at(1)),
        make_post(2, "ana_p", "Y aura-t-il un lien vers le replay de la plénière ?", created_at=_at(9)),
        make_post(
            3,
            "julien_b",
            f"Le replay : {replay}\net les photos : https://cloud.example.org/s/photos-rencontre-verger",
            created_at=_at(10),
            reply_to_post_number=2,
        ),
        make_post(4, "leo_m", "Qqn peut remettre le lien du replay svp ?", created_at=_at(20)),
    )
    assert decided(posts, "Rencontre des vergers") == ("answer", replay)


def _topic(*posts: tuple[str, str, int | None]) -> Topic:
    made = tuple(
        make_post(n, user, raw, created_at=_at(n), reply_to_post_number=to)
        for n, (user, raw, to) in enumerate(posts, start=1)
    )
    return Topic(id=1, title="Formation ERP", posts=made, created_by=made[0].username)


OPENING = (
    "margaux_t",
    "Formation ERP en visio le **mardi 12 mai** de 14h à 17h.\n\nInscription : "
    "https://framaforms.org/formation-erp-2026\nLe lien de connexion sera envoyé aux inscrit·es.",
    None,
)


def test_a_reply_sending_a_member_to_the_form_points_at_the_announcements() -> None:
    topic = _topic(
        OPENING,
        ("yann_s", "il reste de la place ? si oui c'est quoi le lien d'inscription", None),
        ("margaux_t", "Oui 2 places, inscris-toi sur le formulaire et je t'envoie le lien dans la foulée", 2),
    )
    assert missing_links(topic, "scribe") == []


def test_a_reply_pointing_here_at_a_form_it_forgot_is_still_told() -> None:
    topic = _topic(
        OPENING,
        ("yann_s", "il y aura une 2e session ?", None),
        ("margaux_t", "Oui ! Le formulaire pour la 2e session est ici :", 2),
    )
    assert [post.post_number for post, _ in missing_links(topic, "scribe")] == [3]


def test_the_reglement_is_no_answer_for_a_members_contract() -> None:
    posts = (
        make_post(
            1,
            "rachid_a",
            "Rappel pour les nouveaux résidents : le règlement intérieur est ici "
            "https://cloud.example.org/s/reglement-coworking et le contrat de résidence vous est envoyé par mail.",
            created_at=_at(2),
        ),
        make_post(2, "elodie_b", "Je ne trouve pas mon contrat, vous pouvez mettre le lien ?", created_at=_at(5)),
    )
    assert decided(posts, "Coworking : nouveaux résidents")[1] is None


def test_the_reglement_asked_by_an_inverted_question_is_given() -> None:
    rules = "https://cloud.example.org/s/appel-residences-2026.pdf"
    posts = (
        make_post(
            1,
            "leo_a",
            f"Appel à candidatures : résidences 2026.\n\nRèglement intérieur et dossier : {rules}\n"
            "Dépôt : https://framaforms.org/candidature-residence-2026",
            created_at=_at(2),
        ),
        make_post(
            2,
            "maxime_r",
            "Où trouve-t-on le règlement intérieur ? Je voudrais vérifier les conditions",
            created_at=_at(6),
        ),
    )
    assert decided(posts, "Résidences 2026") == ("answer", rules)


def test_no_registration_said_without_a_space_is_read() -> None:
    assert kinds_denied("Pas d'inscription, venez directement 😊") == {"registration"}
    assert "registration" in kinds_of("je vois pas de lien de résa nulle part")


def test_a_request_after_its_announcer_said_there_is_no_registration_asks_nobody() -> None:
    posts = (
        make_post(1, "camille_f", "Soirée jeux au café **vendredi 16 octobre à 19h** 🎲", created_at=_at(2)),
        make_post(2, "vincent_m", "Y a un lien pour s'inscrire ?", created_at=_at(3)),
        make_post(
            3, "camille_f", "Pas d'inscription, venez directement 😊", created_at=_at(3, 10), reply_to_post_number=2
        ),
        make_post(4, "margot_d", "c'est complet ? je vois pas de lien de résa nulle part", created_at=_at(15)),
    )
    assert decided(posts, "Soirée jeux")[0] == "silent"


def test_the_volunteers_form_is_no_answer_for_an_exhibitor() -> None:
    posts = (
        make_post(
            1,
            "maelle_g",
            "Fête des tiers-lieux **samedi 20 juin**.\n\n- Inscription bénévoles : "
            "https://framaforms.org/benevoles-fete-2026\n- Exposants : inscription par mail à fete@example.org",
            created_at=_at(2),
        ),
        make_post(2, "justine_m", "je ne trouve pas le lien pour s'inscrire comme exposante", created_at=_at(6)),
    )
    assert decided(posts, "Fête des tiers-lieux")[1] is None


def test_of_two_replays_the_one_whose_address_names_the_thing_asked() -> None:
    nextcloud = "https://peertube.example.org/w/midi-num-nextcloud"
    posts = (
        make_post(
            1, "hugo_l", "Midi du numérique mardi 13 janvier 12h15 : « Nextcloud pour les assos ».", created_at=_at(1)
        ),
        make_post(2, "hugo_l", f"Replay de janvier : {nextcloud}", created_at=_at(2)),
        make_post(3, "pierre_l", "le replay de mardi est en ligne ?", created_at=_at(12)),
        make_post(
            4,
            "hugo_l",
            "Oui : https://peertube.example.org/w/midi-num-sauvegarde",
            created_at=_at(13),
            reply_to_post_number=3,
        ),
        make_post(5, "jeanne_l", "je cherche le replay sur Nextcloud, qqn a le lien ?", created_at=_at(16)),
    )
    assert decided(posts, "Les Midis du numérique") == ("answer", nextcloud)


def _workshop(n: int, day: int) -> Meeting:
    """A sewing session held in person, the form given beside it read as its link."""
    return replace(
        session(1, datetime(2026, 1, day, 8, 30, tzinfo=UTC), title=f"Atelier couture {n}", author="elodie_p"),
        link=f"https://framaforms.org/couture-{n}-{day}-janvier",
    )


def _why(posts: tuple[Post, ...], title: str, meetings: list[Meeting]) -> str | None:
    """Why scribe decides as it does about the thread's last burst of requests."""
    topic = Topic(id=1, title=title, posts=posts, created_by=posts[0].username)
    decision = decide(topic, request_groups(topic, "scribe", order="DMY")[-1], "scribe", meetings)
    return decision.why.key if decision.why else None


IN_PERSON = (
    "Ateliers couture à la ressourcerie, 9h30-12h :\n- **samedi 17 janvier** : ourlets → "
    "https://framaforms.org/couture-1-17-janvier\n- **samedi 31 janvier** : reprises → "
    "https://framaforms.org/couture-2-31-janvier\n\nChaque atelier est indépendant, une inscription par séance."
)


def test_the_link_of_an_in_person_session_is_its_form_and_no_call_is_asked_for() -> None:
    posts = (
        make_post(1, "elodie_p", IN_PERSON, created_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        make_post(
            2, "helene_m", "y a un lien pour la séance en plus ?", created_at=datetime(2026, 1, 20, 17, 0, tzinfo=UTC)
        ),
    )
    assert _why(posts, "Ateliers couture", [_workshop(1, 17), _workshop(2, 31)]) == "in_person"


def test_a_call_asked_for_by_name_is_not_taken_for_an_in_person_sessions_form() -> None:
    posts = (
        make_post(1, "elodie_p", IN_PERSON, created_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        make_post(
            2,
            "helene_m",
            "Il y aura une visio pour suivre à distance ? je veux bien le lien",
            created_at=datetime(2026, 1, 20, 17, 0, tzinfo=UTC),
        ),
    )
    assert _why(posts, "Ateliers couture", [_workshop(1, 17), _workshop(2, 31)]) != "in_person"


@pytest.mark.parametrize(
    "asked",
    [
        "vous avez les notes de la réunion d'hier ?",
        "+1, vous avez le bon compte-rendu ? celui-là c'est l'an dernier",
        "Merci pour l'atelier ! tu vas partager le tableau des devis ?",
        "Vous allez partager les CR des visites ? Je n'ai pas pu venir",
    ],
)
def test_asking_whether_someone_has_or_will_share_a_thing(asked: str) -> None:
    assert is_request(asked)


@pytest.mark.parametrize(
    "said",
    [
        "Ensuite vous allez partager le doc avec vos équipes.",
        "vous avez le bon compte-rendu, merci Lucie",
    ],
)
def test_telling_someone_they_have_or_will_share_a_thing_asks_nothing(said: str) -> None:
    assert not is_request(said)
