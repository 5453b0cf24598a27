"""A mail, link or invitation that did not come, asked to be sent again as a tiers-lieux forum writes it in French,
beside advice, thanks and offers that only speak of it."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Post
from handlers.links.bursts import request_groups
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links import topic_of

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def joined(asked: list[Post], said: str, title: str) -> list[list[int]]:
    """The bursts of requests once another member says `said` an hour after the request that closes `asked`."""
    posts = [*asked, make_post(len(asked) + 1, "ben", said, created_at=asked[-1].created_at + HOUR)]
    return [g.post_numbers for g in request_groups(topic_of(posts, title=title), bot="scribe", order="DMY")]


MAIL_ASKED_FR = [
    make_post(
        1, "claire", "Les invitations pour l'atelier compost de samedi partent par mail ce matin.", created_at=T0
    ),
    make_post(
        2,
        "ana",
        "Je n'ai pas reçu le mail avec le lien de la visio pour l'atelier, vous pouvez vérifier ?",
        created_at=T0 + HOUR,
    ),
]
ASKED_AGAIN_FR = [
    "Moi non plus, pas de mail reçu. Pouvez-vous le renvoyer ?",
    "Je n'ai rien reçu, même dans mes spams. Vous pouvez me le renvoyer ?",
    "Toujours rien reçu de mon côté, pourriez-vous renvoyer l'invitation ?",
    "Le mail n'est jamais arrivé chez moi, vous pouvez le renvoyer ?",
    "Pas de mail ni dans la boîte ni dans les spams, merci de me le renvoyer.",
    "Toujours rien pour moi, même pas dans les indésirables. Tu peux renvoyer le mail ?",
    "Toujours pas de courriel pour moi, vous pouvez le renvoyer svp ?",
    "Je ne l'ai pas reçu non plus, rien dans mes spams.",
    "Moi non plus je ne l'ai pas.",
]
NOT_ASKED_FR = [
    "Regardez dans vos spams, le mail est parti hier soir.",
    "Si vous ne l'avez pas reçu, pensez à vérifier vos spams.",
    "C'est bon, je l'ai reçu, il était dans mes spams !",
    "Vous avez tous reçu le mail ? Moi oui, ce matin.",
    "Je l'ai renvoyé à tout le monde ce matin, vérifiez vos spams.",
    "Le mail est arrivé dans mes spams, merci !",
    "Pas reçu hier mais arrivé ce matin, merci pour le renvoi.",
    "Je vais renvoyer le mail demain à ceux qui ne l'ont pas reçu.",
    "Quelqu'un n'a rien reçu ? Je peux le renvoyer.",
    "Je ne l'ai pas reçu mais je me suis inscrite directement sur le site.",
    "Normalement il n'y a pas de mail, le lien est sur le site.",
    "Pas de panique, les mails partent par vagues, vous l'aurez ce soir.",
    "Pas reçu de mail pour l'instant mais ce n'est pas grave, je passerai sur place.",
    "Je ne l'ai pas lu encore, je regarde ce soir.",
]


@pytest.mark.parametrize(
    ("said", "asks"), [(said, True) for said in ASKED_AGAIN_FR] + [(said, False) for said in NOT_ASKED_FR]
)
def test_a_mail_not_come_asked_again_in_french_joins_the_request_for_it(said: str, asks: bool) -> None:
    """Under a request for a mail, "pas de mail reçu, pouvez-vous le renvoyer ?", "rien reçu, même dans mes spams"
    ask for it again; advice to look in one's spam, a mail come since, a question to others or an offer to resend
    it ask nothing."""
    assert joined(MAIL_ASKED_FR, said, "Atelier compost samedi") == [[2, 3] if asks else [2]]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("J'ai vérifié mes spams, toujours pas de lien, pouvez-vous le renvoyer ?", True),
        ("Toujours pas de lien pour la visio, vous pouvez le renvoyer ?", True),
        ("Rien reçu, pas de lien dans mes spams non plus, merci de me le renvoyer", True),
        ("Je n'ai toujours pas l'invitation pour la réunion, pouvez-vous me la renvoyer ?", True),
        ("Pas reçu le lien pour la visio de jeudi, quelqu'un peut me le renvoyer ?", True),
        ("Quelqu'un n'a pas reçu le lien ? Je peux le renvoyer.", False),
        ("Si vous n'avez pas de lien, je peux le renvoyer.", False),
        ("J'ai bien reçu le lien, merci, pas besoin de le renvoyer.", False),
        ("Vérifiez vos spams avant de demander qu'on renvoie le lien.", False),
        ("Pas de souci pour le lien, vous pouvez le renvoyer à tout le monde.", False),
        ("Je n'ai pas compris le lien entre les deux ateliers, pouvez-vous le redonner ?", False),
        # the link come another way, or asked of the one addressed
        ("Je n'ai pas reçu le lien hier mais Paul me l'a transféré, merci.", False),
        ("Vous n'avez pas reçu le lien ? Regardez dans vos spams.", False),
        ("Tu n'as pas reçu le lien ? Je te le renvoie en privé.", False),
        ("Vous n'avez pas le lien de la visio ?", True),
        ("Je n'ai pas reçu le lien de la visio, vous pouvez le renvoyer ?", True),
        # whether the others got it, or why one has none
        ("Avez-vous tous reçu le lien pour la visio de jeudi ?", False),
        ("Tout le monde a bien reçu le lien de la réunion ?", False),
        ("Est-ce que d'autres personnes n'ont pas reçu l'invitation ?", False),
        ("Je n'ai pas reçu l'invitation, normal, je ne suis pas inscrite.", False),
        ("Vous avez reçu le lien pour la visio ? Je ne le trouve pas", True),
        ("Tout le monde a reçu le lien pour la visio sauf moi, vous pouvez me le renvoyer ?", True),
        ("Tout le monde a reçu le lien de la visio mais pas moi, pouvez-vous me le renvoyer ?", True),
        ("Everyone got the link for the session but I did not, please share the link", True),
        ("Everyone got the link for the session, but I think it is the old one.", False),
        # not come, in other words, then asked again or asked whether it was sent
        ("Le lien ne m'est jamais parvenu, pouvez-vous me le renvoyer ?", True),
        ("Le mail est bien arrivé mais sans le lien, vous pouvez le renvoyer ?", True),
        ("Rien dans mes spams, le lien a-t-il bien été envoyé ?", True),
        ("Le mail est bien arrivé mais sans le lien.", False),
        # the writer lacks it and will see to it: an answer, not a request
        ("Pas de lien pour l'instant, je le renverrai quand la salle sera réservée.", False),
        ("Je n'ai pas le lien, je vais le demander à Paul.", False),
        ("Je n'ai pas le lien, vous pouvez me l'envoyer ?", True),
        ("Je n'ai jamais eu le lien du pad, tu peux me le redonner ?", True),
    ],
)
def test_a_link_not_come_asked_to_be_sent_again(sentence: str, asks: bool) -> None:
    """A link or invitation said not had, then "pouvez-vous le renvoyer ?", asks for it; an offer to resend it,
    a question whether others lack it or advice does not."""
    assert is_request(sentence) is asks


LINK_ASKED_FR = [
    make_post(1, "claire", "Visio de l'atelier compost jeudi à 18h, le lien arrive par mail.", created_at=T0),
    make_post(2, "ana", "Je n'ai pas reçu le lien de la visio pour jeudi.", created_at=T0 + HOUR),
]


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Moi non plus, je ne l'ai pas.", True),
        ("Moi non plus, je ne l'ai toujours pas reçu", True),
        ("Je ne l'ai pas non plus", True),
        ("Moi non plus, rien reçu", True),
        ("Toujours rien pour moi non plus", True),
        ("Moi non plus je ne l'ai pas lu, il est long ce compte rendu", False),
        ("Je ne l'ai pas non plus, mais il est sur le site dans l'agenda", False),
    ],
)
def test_moi_non_plus_under_a_link_not_come_asks_it_again(said: str, asks: bool) -> None:
    """ "Moi non plus, rien reçu", "je ne l'ai pas non plus" echo a link not come: the same request again; one
    going on to something else, or saying where it is, does not."""
    assert joined(LINK_ASKED_FR, said, "Visio atelier compost") == [[2, 3] if asks else [2]]
