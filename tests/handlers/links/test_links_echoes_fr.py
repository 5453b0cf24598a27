"""A French "+1" that says the same lack, the same wish or the thing asked ("+1, rien reçu non plus", "+1, je
voudrais m'inscrire aussi", "+1 pour le compte-rendu de l'atelier"), or a "moi non plus" with an emoji: it asks
again; a "+1" for a day or an idea does not."""

from __future__ import annotations

import pytest

from handlers.links.text.agreement import is_agreement


@pytest.mark.parametrize(
    "text",
    [
        "+1, toujours rien reçu non plus",
        "+1 je ne l'ai pas reçu non plus",
        "+1, je voudrais m'inscrire aussi",
        "+1 pour le compte-rendu de l'atelier couture",
        "Moi non plus 😕",
    ],
)
def test_a_french_echo_asks_again(text: str) -> None:
    assert is_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "+1 pour jeudi soir, ça m'arrange mieux que mardi",
        "+1, je trouve que c'est une très bonne idée pour le quartier",
        "+1 pour la proposition de Karim sur les tarifs solidaires",
    ],
)
def test_a_plus_one_for_a_day_or_an_idea_asks_nothing(text: str) -> None:
    assert not is_agreement(text)
