"""French asks said short ("c'est où pour la procuration ?", "On peut encore s'inscrire ? c'est où ?", "y a un
tableau pour les gâteaux ?", "tu mettras l'enregistrement ici ?"); and links that are no answer: the agenda's pad
under "je posterai le lien ici la veille", a sheet when a chat group is asked, a season's form for another month's
session, one item's form when the request names another item in the plural's singular."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Topic
from handlers.links.bursts import request_groups
from handlers.links.decision import decide
from handlers.links.text import is_request
from tests.handler_kit import make_post


@pytest.mark.parametrize(
    "text",
    [
        "Pas dispo samedi, c'est où pour les procurations ?",
        "Bonsoir, c'est où pour ce soir ? je suis devant mon écran",
        "On peut encore s'inscrire ? c'est où ?",
        "Y a un tableau pour les gâteaux du goûter ?",
        "Tu mettras l'enregistrement ici ? je suis en déplacement",
        "Y a moyen d'avoir les diapos de l'intervention ?",
        "Le lien est encore valable ?",
    ],
)
def test_short_asks_of_where_and_when(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "c'est où pour demain, chez Paul ou au local ?",
        "Le repas c'est à quelle heure ? c'est où ?",
        "y a un parking pour les vélos ?",
        "Vous mettrez les chaises ici ?",
    ],
)
def test_look_alikes_ask_for_no_link(text: str) -> None:
    assert not is_request(text)


T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _decision(first: str, asks: str, author: str = "ines_r") -> tuple[str, str | None]:
    posts = (
        make_post(1, "maelle_l", first, created_at=T0),
        make_post(2, author, asks, created_at=T0 + timedelta(days=3)),
    )
    topic = Topic(id=1, title="Rencontre du réseau", posts=posts, created_by="maelle_l")
    (group,) = request_groups(topic, "scribe", order="DMY")
    decision = decide(topic, group, "scribe", [])
    return decision.action, decision.found.url if decision.found else None


PAD = "https://pad.example.org/p/pleniere-printemps"
PLENARY = (
    "Plénière de printemps en visio le **jeudi 26 mars, 18h-20h**. Je posterai le lien ici la veille.\n\n"
    f"Ordre du jour à compléter : {PAD}"
)


def test_the_agenda_is_no_answer_to_the_link_promised_for_later() -> None:
    assert _decision(PLENARY, "vous avez le lien ? je le vois pas") != ("answer", PAD)


def test_the_agenda_asked_by_name_is_still_given() -> None:
    assert _decision(PLENARY, "c'est où l'ordre du jour ? je voudrais ajouter un point") == ("answer", PAD)


SHEET = "https://framacalc.org/jardin-arrosage-2026"
GARDEN = f"Réunion de printemps au jardin **samedi 14 mars à 10h**.\n\nLe tableau d'arrosage : {SHEET}"


def test_a_chat_group_asked_is_neither_the_gardens_sheet_nor_a_call_to_ask_for() -> None:
    asks = "Vous avez un groupe de discu pour les jardiniers ? un lien pour le rejoindre svp ?"
    assert _decision(GARDEN, asks) == ("silent", None)


def test_the_sheet_asked_is_still_given() -> None:
    assert _decision(GARDEN, "Vous avez le lien du tableau d'arrosage ?") == ("answer", SHEET)


SUMMER = "https://framaforms.org/stage-poterie-ete-2026"
POTTERY = f"Stage de poterie à l'atelier du Moulin, du 6 au 10 juillet.\n\nInscriptions pour le stage d'été : {SUMMER}"


def test_a_summer_form_is_no_answer_for_another_months_session() -> None:
    asks = "Il y aura un stage en février ? vous avez le lien pour s'inscrire à celui-là ?"
    assert _decision(POTTERY, asks) != ("answer", SUMMER)


def test_the_summer_form_asked_for_july_is_given() -> None:
    asks = "Pour celui de juillet, vous avez le lien pour s'inscrire ?"
    assert _decision(POTTERY, asks) == ("answer", SUMMER)


STANDS = "https://framaforms.org/fete-des-tiers-lieux-exposants"
FAIR = (
    "🎉 Fête des tiers-lieux samedi 19 septembre à Granville !\n\n"
    f"- inscription exposants : {STANDS}\n"
    "- tableau des bénévoles : voir plus bas\n"
    "- plan d'accès : à venir"
)


def test_one_items_form_is_no_answer_for_another_item_asked_in_the_singular() -> None:
    assert _decision(FAIR, "je veux bien aider, où je m'inscris comme bénévole ?") != ("answer", STANDS)


@pytest.mark.parametrize(
    "text",
    [
        "C'est aujourd'hui non ? quel lien ?",
        "je relance pour le contrat fromage svp",
        "Le flyer ne s'ouvre pas sur mon téléphone",
    ],
)
def test_more_short_asks(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quel lien entre les deux projets ?",
        "Par contre le diapo me demande un mot de passe, c'est normal ?",
        "Si le programme ne s'ouvre pas, dites-le moi",
    ],
)
def test_more_look_alikes(text: str) -> None:
    assert not is_request(text)


def test_a_session_asked_if_recorded_wants_its_recording_not_its_call() -> None:
    call = "https://meet.jit.si/cafe-debat-mars"
    first = f"Café-débat **mardi 3 mars à 19h**, sur place ou à distance : {call}"
    asks = "Merci pour hier ! Vous l'avez enregistré ? si oui le lien svp"
    assert _decision(first, asks) != ("answer", call)


VEGETABLES = "https://cloud.example.org/s/amap-contrat-legumes-ete"


def test_one_producers_contract_is_no_answer_for_anothers() -> None:
    first = f"Les contrats légumes d'été sont prêts, à imprimer : {VEGETABLES}"
    assert _decision(first, "Et le contrat pain, vous avez le lien ?") != ("answer", VEGETABLES)


def test_the_contract_asked_by_its_produce_is_given() -> None:
    first = f"Les contrats légumes d'été sont prêts, à imprimer : {VEGETABLES}"
    assert _decision(first, "Le contrat légumes, vous avez le lien ?") == ("answer", VEGETABLES)


def test_a_form_said_inside_a_folder_is_not_asked_of_the_announcer() -> None:
    first = (
        "AG samedi 6 juin à 10h. Rapports : https://cloud.example.org/s/ag-rapports\n\n"
        "Pour donner procuration, le formulaire est dans le dossier des rapports."
    )
    assert _decision(first, "je ne trouve pas le formulaire de procuration, vous avez le lien ?")[0] != "ask"
