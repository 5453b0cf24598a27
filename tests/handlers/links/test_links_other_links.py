"""Members asking for another link than the one they have ("un autre lien", "le bon lien"), for a payment or a report
the thread's links are not, for this month's poll among last months': the link that is right, or silence, and never
an ask to add a link already there."""

from __future__ import annotations

import pytest

from handlers.links.text import is_request, link_not_here
from tests.handlers.links.test_links_asks import Thread, scribe_says


@pytest.mark.parametrize(
    "sentence",
    [
        "Quelqu'un a un autre lien ?",
        "Il y a un nouveau lien ?",
        "c'est quoi le bon lien ?",
        "Il y a un nouveau formulaire ?",
        # a form closed, another way in asked
        "Quand je clique sur le formulaire google il dit qu'il n'accepte plus de réponses. Quelqu'un sait s'il y a "
        "un autre lien ?",
    ],
)
def test_another_link_asked_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "j'ai mis un autre lien dans le pad",
        "Merci pour le nouveau lien !",
        "Le formulaire google n'accepte plus de réponses.",
        "Il n'y a pas d'autre lien, c'est le même.",
    ],
)
def test_another_link_spoken_of_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


def test_a_reply_sending_to_the_first_post_forgot_no_link() -> None:
    assert link_not_here("Non Lydie, inscris-toi sur HelloAsso (premier message), le mail avec le lien arrive vite.")
    assert not link_not_here("Inscriptions ici :")


FORM = "https://docs.google.com/forms/d/e/1FAIpQLSc-ArduinoHangar/viewform"


async def test_a_payment_asked_is_not_answered_with_the_registration_form(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Cycle Arduino pour débutants",
        [
            (
                "guillaume_fab",
                "Le fablab lance un **cycle Arduino** : 4 séances les mercredis de décembre, 19h-21h.\n\n"
                f"Inscription pour le cycle complet via le formulaire : {FORM}\nParticipation 40 € le cycle.",
            ),
            ("elise_fab", "Et pour payer les 40€, il y a un lien ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any(FORM in raw for raw in said)


PAD = "https://pad.example.org/p/odj-visio-decembre"


async def test_the_agenda_pad_is_no_answer_to_a_report_asked(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Visio mensuelle des repair cafés",
        [
            (
                "karim_rc",
                "La visio mensuelle aura lieu **mardi 1er décembre à 18h30**.\n\n"
                "Lien : https://meet.jit.si/RepairCafes-decembre\n\n"
                f"Vous pouvez ajouter des points sur le pad : {PAD}",
            ),
            ("benoit_rc", "Bonjour, le compte-rendu est disponible quelque part ? J'ai dû couper au milieu."),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread, gaps=[10])
    assert not any(PAD in raw for raw in said)


async def test_last_month_s_poll_is_no_answer_once_this_month_s_is_out(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Open labs du jeudi soir",
        [
            (
                "maxime_lab",
                "On relance les **open labs du jeudi soir** (19h-22h). Chaque mois je poste ici un sondage pour "
                "réserver vos soirées.\n\nNovembre : https://framadate.org/OpenLab-novembre2026",
            ),
            ("maxime_lab", "Décembre : https://framadate.org/OpenLab-decembre2026"),
            ("rachid_lab", "Vous avez le lien pour la soirée de jeudi prochain ? je suis nouveau", 1),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread, gaps=[6, 1])
    assert not any("novembre2026" in raw for raw in said)


async def test_the_right_one_asked_among_several_links_pings_nobody(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Formation découpe laser",
        [
            (
                "mathieu_fab",
                "Formation **découpe laser** le samedi 12 décembre de 9h30 à 12h30. Inscription : "
                "https://www.helloasso.com/associations/fablab/evenements/laser-12-decembre",
            ),
            (
                "mathieu_fab",
                "Complet ! 2e session le samedi 19 décembre, inscriptions ici : "
                "https://www.helloasso.com/associations/fablab/evenements/laser-19-decembre",
            ),
            ("nadia_fab", "bonjour, je suis perdue, c'est lequel le bon lien pour le 19 ? il y en a plein"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@mathieu_fab" in raw for raw in said)


ZOOM = "https://us02web.zoom.us/j/81234567890?pwd=VmRxT2p5Z0hOK2NPbE9Q"


async def test_a_member_unsure_of_their_link_is_given_the_announcement_s(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Point mensuel des coworkers",
        [
            ("ludivine_cw", f"Point mensuel des coworkers **vendredi 4 décembre à 11h**.\n\nLien ici : {ZOOM}"),
            ("antoine_cw", "je suis pas sûr d'avoir le bon lien, vous pouvez le repartager ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and ZOOM in said[0]


TICKETS = "https://www.helloasso.com/associations/reseau/evenements/rencontres-2027"


async def test_the_new_link_of_a_post_closing_the_old_form_is_the_answer(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "Rencontres 2027",
        [
            (
                "margaux_coordo",
                "Rencontres 2027 (Marseille, 4-6 juin).\n\n**Pré-inscriptions** : "
                "https://framaforms.org/rencontres-2027-preinscription-1772442100",
            ),
            (
                "margaux_coordo",
                "⚠️ Mise à jour : le formulaire de pré-inscription est fermé, les inscriptions passent maintenant par "
                f"la billetterie HelloAsso.\nNouveau lien, l'ancien ne marche plus : {TICKETS}",
            ),
            ("gilles_tl", "Je n'arrive pas à m'inscrire, le formulaire dit « fermé ». Quelqu'un a le bon lien ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert len(said) == 1 and TICKETS in said[0]


async def test_a_thing_asked_again_by_no_kind_of_link_pings_nobody_once_links_were_given(
    make_sandbox, make_engine
) -> None:
    """ "Le bon lien" of a thing no kind names, after the announcer replaced a locked document: asking them to add a
    link would be asking for one the thread has."""
    thread: Thread = (
        "fr",
        "Appel à projets : séance d'info",
        [
            (
                "marie_reseau",
                "L'appel à projets est ouvert jusqu'au 31 janvier. Séance d'info en visio **mardi 8 décembre à "
                "14h**.\n\n"
                "- Le règlement : https://docs.google.com/document/d/1ReglementAap/edit\n"
                "- La visio : https://visio.example.org/info-aap",
            ),
            ("benoit_tl", "Le lien du règlement me met « accès refusé », il faut demander l'accès"),
            ("marie_reseau", "Désolée ! Voici la version PDF en accès libre : https://cloud.example.coop/s/aap.pdf", 2),
            ("benoit_tl", "Et le règlement, qqn peut remettre le bon lien ? je ne le retrouve plus"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("@marie_reseau" in raw for raw in said)


async def test_a_report_its_announcer_says_is_to_come_is_not_the_pad_given_before(make_sandbox, make_engine) -> None:
    pad = "https://pad.example.org/p/visio-rentree-edition"
    thread: Thread = (
        "fr",
        "Visio de rentrée du réseau",
        [
            (
                "elodie_tl",
                "On se retrouve **mardi 1er décembre à 14h** pour la visio de rentrée : https://visio.example.org/b/rentree",
            ),
            ("elodie_tl", f"Voici le lien en écriture : {pad}"),
            ("elodie_tl", "Merci à tous pour cette visio, le CR suivra dans ce fil."),
            ("camille_tl", "Bonjour, le CR est dispo quelque part ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread, gaps=[1, 7, 3])
    assert not any(pad in raw for raw in said)


async def test_a_thing_asked_by_name_is_not_the_announcement_s_only_link_to_another(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "AG annuelle de la SCIC",
        [
            (
                "stephane_tl",
                "L'AG de la SCIC aura lieu le **jeudi 17 décembre à 18h30**. Chaque sociétaire recevra par mail sa "
                "convocation. Les comptes 2025 sont consultables ici : https://cloud.example.org/s/comptes-2025",
            ),
            ("brigitte_tl", "Je n'ai pas reçu la procuration, vous pouvez mettre le lien ici ?"),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("comptes-2025" in raw for raw in said)


async def test_the_proxy_form_asked_is_not_the_registration_form(make_sandbox, make_engine) -> None:
    thread: Thread = (
        "fr",
        "AG 2026 du réseau",
        [
            (
                "nadia_reseau",
                "Notre **assemblée générale** aura lieu le **samedi 21 mars** au Moulin, de 10h à 16h.\n\n"
                "- Inscription (repas du midi + covoiturage) : https://framaforms.org/ag-2026-inscription\n\n"
                "Les adhérents qui ne pourront pas voter sur place pourront donner procuration : on ouvrira un "
                "formulaire d'ici une semaine.",
            ),
            ("lucie_p", "Bonjour, le formulaire de procuration est sorti ? Je ne le vois nulle part."),
        ],
    )
    said = await scribe_says(make_sandbox, make_engine, thread)
    assert not any("framaforms.org/ag-2026-inscription" in raw for raw in said)
