"""A member saying in French that the link they have does not work asks for one that does: scribe gives a newer link
the announcer posted in its place, asks the announcer to look at theirs when there is none, and says nothing when a
member gave another (scribe cannot vouch for it) or when the asker thanked for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups, sentence_kinds
from handlers.links.decision import decide
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links_asks import Thread, scribe_says

VISIO = "https://visio.example.org/b/financer-tl-1510"
FIXED = "https://visio.example.org/b/financer-tl-15-10"
FORM = "https://framaforms.org/journee-ressourceries-2026"
FORM_V2 = "https://framaforms.org/journee-ressourceries-2026-v2"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le lien ne marche pas chez moi, ça me dit « salle introuvable »", None),
        ("le lien framaforms renvoie une erreur 404", "registration"),
        ("Le lien des slides ne marche plus 😕", "document"),
        ("Le zoom marche pas ?!", "meeting"),
        ("le lien jitsi marche pas ?", "meeting"),
        ("Le lien ne marche plus, pouvez-vous le corriger ?", None),
        ("Le lien de la visio est mort, quelqu'un a le nouveau lien ?", "meeting"),
        ("Le lien de la visio ne marche plus, pouvez-vous nous envoyer le nouveau lien ?", "meeting"),
        ("Le formulaire ne marche pas chez moi", "registration"),
        ("Bonjour, quand je clique pour m'inscrire ça me met « Page introuvable ». J'ai essayé deux fois.", None),
        ("Le lien de la billetterie me met une page d'erreur 🤔 vous pouvez vérifier ?", "registration"),
    ],
)
def test_a_link_said_not_to_work_is_asked_for(text: str, kind: str | None) -> None:
    assert is_request(text)
    if kind is not None:
        assert kind in sentence_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Si le lien ne marche pas, écrivez-moi directement.",
        "Le lien marche pour vous ? moi ça me met « réunion introuvable »",
        "le lien jitsi marche pour vous ?",
        "Hier soir le lien du cloud plantait (erreur 503), ce matin ça remarche, sûrement une maintenance.",
        "Salut Jeannot, c'est le 2e lien dans le message du Tilleul, le premier marche plus",
        "L'ancien lien ne marche plus, voici le nouveau : https://meet.jit.si/atelier-compost",
        "The link has expired, the staff will fix it on the portal.",
    ],
)
def test_look_alikes_ask_for_nothing(text: str) -> None:
    assert not is_request(text)


async def test_the_announcer_is_asked_to_look_at_a_dead_link(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Journée d'échanges des ressourceries – jeudi 10 décembre",
        [
            ("laurent_f", f"Journée d'échanges le jeudi 10 décembre à Libourne. Inscription obligatoire : {FORM}"),
            ("melanie_c", "Bonjour, le lien ne marche pas, j'ai une page « formulaire introuvable »"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1
    assert "@laurent_f" in said[0] and "ne fonctionne pas pour" in said[0]
    assert FORM not in said[0]


async def test_the_replacement_is_given_not_the_dead_link(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Journée d'échanges des ressourceries – jeudi 10 décembre",
        [
            ("laurent_f", f"Journée d'échanges le jeudi 10 décembre à Libourne. Inscription obligatoire : {FORM}"),
            ("laurent_f", f"Attention, nouveau lien d'inscription, l'ancien formulaire ne marche plus : {FORM_V2}"),
            ("melanie_c", "Le lien du formulaire ne marche pas chez moi, il me dit qu'il est fermé."),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and FORM_V2 in said[0]
    assert f"{FORM} " not in said[0] and not said[0].rstrip().endswith(FORM)


T0 = datetime(2025, 10, 1, 8, 0, tzinfo=UTC)


def _visio(*replies: tuple[str, str, int]) -> Topic:
    """The visio announced with its link, then replies (author, words, minutes after the session's morning)."""
    posts = [make_post(1, "franck_d", f"Visio mercredi 15 octobre, 10h-11h30. Lien : {VISIO}", created_at=T0)]
    day = T0 + timedelta(days=14)
    for n, (author, words, minutes) in enumerate(replies, start=2):
        posts.append(make_post(n, author, words, created_at=day + timedelta(minutes=minutes)))
    return Topic(id=1, title="Visio financer son tiers-lieu – 15 octobre", posts=tuple(posts), created_by="franck_d")


def test_a_members_correction_leaves_scribe_silent() -> None:
    topic = _visio(
        ("agnes_b", "Le lien ne marche pas, j'ai « salle introuvable » 😬", 0),
        ("mickael_d", f"Il y a une coquille, c'est {FIXED} (je l'ai dans le mail de la Région)", 3),
        ("agnes_b", "Ça marche, merci !", 5),
        ("bernard_c", "Je suis en retard, quelqu'un a le bon lien pour la visio ? le premier ne fonctionne pas", 14),
    )
    groups = request_groups(topic, "scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[2], [5]]
    decision = decide(topic, groups[1], "scribe", [])
    assert decision.action == "silent" and decision.why is not None
    assert decision.why.key == "newer_given" and decision.why.values["post"] == 3


def test_a_request_after_no_thanks_still_joins_the_burst() -> None:
    topic = _visio(
        ("agnes_b", "Le lien ne marche pas, j'ai « salle introuvable » 😬", 0),
        ("mickael_d", f"Essaie celui-ci : {FIXED}", 3),
        ("bernard_c", "Pareil, quelqu'un a le bon lien ? le premier ne fonctionne pas", 5),
    )
    assert [g.post_numbers for g in request_groups(topic, "scribe", order="DMY")] == [[2, 4]]
