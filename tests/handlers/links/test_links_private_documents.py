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
