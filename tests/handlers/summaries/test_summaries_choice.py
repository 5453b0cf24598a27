"""An option chosen in plain words is a decision; the same words telling a plan, a cost or a guess are not.

"On part sur Lyon" picks Lyon when the thread weighed Lyon against Grenoble, and tells a trip when
it did not; "ce sera la salle 2" picks a room when it concludes ("donc") or names an option.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.models import Poll, PollOption
from tests.summaries_kit import synthesis_of, thread

RIDE_FR = [
    ("alice", "Sortie vélo du club ce week-end, parcours de soixante kilomètres le long du fleuve."),
    ("bruno", "Super, je viens avec mon vélo de route, il faut prévoir des chambres à air de rechange ?"),
    ("alice", "{said}"),
    ("chloe", "Je serai là aussi, je m'occupe du pique-nique pour tout le groupe."),
]
RIDE_EN = [
    ("alice", "Club ride this weekend, sixty kilometres along the river with a coffee stop halfway."),
    ("bruno", "Great, I will bring my road bike, should we carry spare inner tubes for everyone?"),
    ("alice", "{said}"),
    ("chloe", "Count me in, I will take care of the picnic for the whole group."),
]
DESTINATION_FR = [
    ("alice", "Pour la sortie de samedi, deux destinations possibles : Lyon ou Grenoble."),
    ("bruno", "Lyon est plus proche, on peut y aller en train régional sans réserver à l'avance."),
    ("chloe", "Grenoble est plus joli mais la route de montagne est longue pour les débutants."),
    ("alice", "{said}"),
    ("david", "Parfait, je réserve les billets de train pour tout le groupe ce soir."),
]
DESTINATION_EN = [
    ("alice", "For Saturday's outing, two possible destinations: Lyon or Grenoble."),
    ("bruno", "Lyon is closer, we can take the regional train there without booking ahead."),
    ("chloe", "Grenoble is prettier but the mountain road is long for beginners."),
    ("alice", "{said}"),
    ("david", "Perfect, I will book the train tickets for the whole group tonight."),
]
ROOM_FR = [
    ("alice", "Pour l'assemblée générale de mars, il nous faut une salle pour une soixantaine de membres."),
    ("bruno", "La maison des associations a deux salles libres ce soir-là, la première sans vidéoprojecteur."),
    ("chloe", "La deuxième est plus grande et accessible en fauteuil, je la préfère nettement."),
    ("alice", "{said}"),
    ("david", "Je préviens le gardien pour qu'il ouvre dès dix-huit heures trente."),
]
ROOM_EN = [
    ("alice", "For the March general meeting we need a room for about sixty members."),
    ("bruno", "The community centre has two free rooms that evening, the first one has no projector."),
    ("chloe", "The second is bigger and wheelchair accessible, I much prefer it."),
    ("alice", "{said}"),
    ("david", "I will tell the caretaker to open the doors from half past six."),
]


def _with(texts: list[tuple[str, str]], said: str) -> list[tuple[str, str]]:
    return [(user, text.format(said=said)) for user, text in texts]


async def _decided(texts: list[tuple[str, str]], said: str, language: str) -> list[int]:
    synthesis = await synthesis_of(thread(910, _with(texts, said), title="Sortie / outing"), language)
    return [d.post_numbers[0] for d in synthesis.decisions]


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", RIDE_FR, "Samedi on part sur Lyon à 8h, rendez-vous devant la gare."),
        ("fr", RIDE_FR, "Samedi on part sur Lyon à 8h"),
        ("fr", RIDE_FR, "On part sur Lyon samedi, qui vient ?"),
        ("en", RIDE_EN, "On Saturday we're going with the juniors, meeting at the station at eight."),
    ],
)
async def test_a_trip_announced_is_no_decision(language, texts, said):
    assert await _decided(texts, said, language) == []


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", DESTINATION_FR, "Finalement on part sur Lyon plutôt que Grenoble."),
        ("fr", DESTINATION_FR, "Samedi on part sur Lyon à 8h, rendez-vous devant la gare."),
        ("en", DESTINATION_EN, "Thanks for your views. So we're going with Lyon rather than Grenoble."),
        ("en", DESTINATION_EN, "On Saturday we're going with Lyon, meeting at the station at eight."),
        ("fr", DESTINATION_FR, "On part sur Lyon, dites-moi si vous ne pouvez pas venir samedi."),
        ("en", DESTINATION_EN, "We're going with Lyon, tell me if you can't come on Saturday."),
    ],
)
async def test_one_of_the_options_weighed_chosen_is_a_decision(language, texts, said):
    assert await _decided(texts, said, language) == [4]


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", DESTINATION_FR, "Si tout le monde est d'accord, on part sur Lyon samedi matin."),
        ("en", DESTINATION_EN, "If everyone agrees, we're going with Lyon on Saturday morning."),
        ("fr", DESTINATION_FR, "On part sur Lyon si la grève des trains est finie samedi."),
        ("fr", DESTINATION_FR, "On part sur Lyon, sauf si la grève des trains continue samedi."),
        ("en", DESTINATION_EN, "We're going with Lyon, unless the train strike goes on until Saturday."),
        ("en", DESTINATION_EN, "Let me know whether we're going with Lyon on Saturday."),
    ],
)
async def test_an_option_chosen_on_a_condition_is_no_decision(language, texts, said):
    assert await _decided(texts, said, language) == []


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", ROOM_FR, "Merci pour vos retours. Ce sera donc la salle 2 du premier étage."),
        ("fr", ROOM_FR, "Merci pour vos retours. Ce sera l'option B avec la grande salle."),
        ("en", ROOM_EN, "Thanks for the replies. It'll be option B then."),
        ("en", ROOM_EN, "Thanks for the replies. So it will be the second room upstairs."),
    ],
)
async def test_what_it_will_be_concluded_is_a_decision(language, texts, said):
    assert await _decided(texts, said, language) == [4]


@pytest.mark.parametrize(
    "language,texts,said",
    [
        ("fr", ROOM_FR, "Je ne sais pas encore si ce sera l'option B, le gardien doit confirmer."),
        ("fr", ROOM_FR, "Vous savez si ce sera l'option B ?"),
        ("fr", ROOM_FR, "Merci pour vos retours. Ce sera peut-être l'option B avec la grande salle."),
        ("fr", ROOM_FR, "Avec soixante membres, ce sera donc plus simple dans la grande salle."),
        ("fr", ROOM_FR, "Ce sera la salle 2 si le gardien confirme, sinon la salle 1."),
        ("en", ROOM_EN, "I don't know yet whether it'll be option B, the caretaker has to confirm."),
        ("en", ROOM_EN, "Thanks for the replies. It will probably be option B with the big room."),
        ("en", ROOM_EN, "With sixty members it will be a long evening, so bring something to eat."),
    ],
)
async def test_what_it_may_be_or_how_it_will_be_is_no_decision(language, texts, said):
    assert await _decided(texts, said, language) == []


async def test_a_polls_option_chosen_is_a_decision():
    """The poll's options are what the thread weighs, even before the poll closes."""
    texts = [
        (
            "alice",
            "Pour la fête de quartier, votez pour le lieu.\n\n[poll]\n* La place du marché\n* Le jardin\n[/poll]",
        ),
        ("bruno", "La place du marché est plus visible, mais il faudra une autorisation de la mairie."),
        ("chloe", "Le jardin est plus calme et on peut brancher la sono chez les voisins."),
        ("alice", "Vu les votes, on part sur le jardin, installation des tables à 8h."),
    ]
    options = (PollOption("a1", "La place du marché", 3), PollOption("b2", "Le jardin", 9))
    topic = thread(911, texts, title="Fête de quartier")
    first = replace(topic.posts[0], polls=(Poll("poll", "regular", "open", 12, options, "always"),))
    synthesis = await synthesis_of(replace(topic, posts=(first, *topic.posts[1:])), "fr")
    assert [d.post_numbers[0] for d in synthesis.decisions] == [4]
    without_poll = await synthesis_of(topic, "fr")
    assert without_poll.decisions == []


@pytest.mark.parametrize(
    "language,texts",
    [
        (
            "fr",
            [
                ("margot", "Le séminaire des bénévoles aura lieu où cette année, Lyon ou Grenoble ?"),
                ("equipe", "On part sur Lyon."),
                ("margot", "Merci, c'est noté, je préviens les autres bénévoles."),
            ],
        ),
        (
            "en",
            [
                ("margot", "Where is the volunteers' retreat this year, Lyon or Grenoble?"),
                ("team", "We're going with Lyon."),
                ("margot", "Thanks, noted, I will tell the other volunteers."),
            ],
        ),
    ],
)
async def test_a_staff_answer_the_asker_took_that_picks_an_option_weighed_is_a_decision(language, texts):
    """An accepted answer by staff reads its choice the way a decision does, with the options the
    thread weighed: it is a decision stated, not only the answer the asker took."""
    topic = thread(912, texts, title="Séminaire / retreat", moderators=frozenset({"equipe", "team"}))
    synthesis = await synthesis_of(topic, language)
    assert [d.post_numbers[0] for d in synthesis.decisions] == [2]
    assert synthesis.accepted_answers == [], "a decision, not only an accepted answer"
