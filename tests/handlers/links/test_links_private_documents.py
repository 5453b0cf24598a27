"""A report its announcement says goes by mail to some ("Le compte-rendu sera envoyé par mail aux adhérent·es"): asked
for in the topic, nobody is asked to post it; a link of another kind forgotten in the same announcement still is."""

from __future__ import annotations

from tests.handlers.links.test_links_asks import Thread, scribe_says


async def test_a_report_sent_by_mail_to_members_is_not_asked_for_in_public(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "AG de l'atelier vélo : retours",
        [
            (
                "fabrice_velo",
                "L'AG a eu lieu samedi, merci aux présent·es ! Le compte-rendu sera envoyé par mail aux adhérent·es "
                "d'ici la fin du mois.",
            ),
            ("laurence_m", "Bonjour, vous pouvez mettre le lien vers le compte-rendu ici ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@fabrice_velo" in raw for raw in said)


async def test_a_visio_forgotten_beside_a_report_by_mail_is_still_asked_for(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Visio du réseau de janvier",
        [
            (
                "fabrice_velo",
                "**Visio du réseau jeudi 15 janvier à 18h**, le lien de connexion ci-dessous. Le compte-rendu sera "
                "envoyé par mail aux adhérent·es.",
            ),
            ("laurence_m", "Il manque le lien de la visio, vous pouvez le mettre ici ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert any("@fabrice_velo" in raw for raw in said)


async def test_a_report_whose_contents_are_listed_before_it_goes_by_mail_is_not_asked_for(
    make_sandbox, make_engine
) -> None:
    thread: Thread = (
        "fr",
        "Compte-rendu de l'AG du 7 février",
        [
            (
                "sandrine_p",
                "Merci encore à toutes les structures présentes à l'AG du 7 février à Dole ! Le compte-rendu complet "
                "(votes, budget prévisionnel, composition du nouveau CA) a été **envoyé par mail aux adhérents** ce "
                "matin.",
            ),
            ("hugo_j", "Bonjour, est-ce qu'on peut avoir le lien vers le CR ? C'est ma collègue qui reçoit les mails."),
            ("lea_f", "+1, je veux bien le lien aussi"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@sandrine_p" in raw for raw in said)
