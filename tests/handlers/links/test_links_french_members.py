"""Link requests as members of a tiers-lieux network write them: the link bound to the words "le lien de…", "le lien
pour ce soir", a form closed since it was given, a visio the announcement says there is none of, a link sent by
mail, a platform changed. Through the whole engine against the sandbox forum."""

from __future__ import annotations

import pytest

from handlers.links.text import bound_kinds, is_request, kinds_denied, kinds_of, wanted_kinds
from tests.handlers.links.test_links_asks import Thread
from tests.handlers.links.test_links_wrong_link import links_said

FORM = "https://framaforms.org/cafe-tl-decembre"
VISIO = "https://visio.example.org/cafe-tl-decembre"
DECEMBER_TICKETS = "https://www.helloasso.com/associations/la-forge/evenements/arduino-decembre"
JANUARY_TICKETS = "https://www.helloasso.com/associations/la-forge/evenements/arduino-janvier"
MINUTES = "https://cloud.example.coop/s/cr-inter-recycleries"
OLD_BOOKING = "https://rdv.laverrerie.example.org/permanence"
NEW_BOOKING = "https://www.rdv360.example.com/la-verrerie/permanence"
PLANNING = "https://framacalc.org/ressourcerie-collecte-ete"
ZOOM = "https://us02web.zoom.us/j/81234560099"
PROGRAMME = "https://reseau-tl.example.org/rencontres-2026"
PAD = "https://pad.example.org/p/tl-nourriciers"
JITSI = "https://meet.jit.si/tl-nourriciers-lancement"
CARPOOL = "https://www.mobicoop.example.fr/communaute/ressourcerie-du-val"
REPLAY_NOVEMBER = "https://peertube.example.fr/w/lundis-coop-novembre"
REPLAY_DECEMBER = "https://peertube.example.fr/w/lundis-coop-decembre"
REPLAY = "https://peertube.example.fr/w/tiers-lieux-nourriciers"

ANNOUNCED = (
    "Café des tiers-lieux jeudi 26 novembre 2026 à 18h30, en visio.\n\n"
    f"Inscription : {FORM}\nLien de la visio : {VISIO}\n\nÀ jeudi !"
)

GIVEN: dict[str, tuple[Thread, str]] = {
    "the call, asked for tonight": (
        (
            "fr",
            "Café des tiers-lieux de novembre",
            [
                ("moderateur", ANNOUNCED),
                ("lea", "Je serai là, merci pour l'organisation !"),
                ("paul", "Bonjour, vous avez le lien pour ce soir ?"),
            ],
        ),
        VISIO,
    ),
    "the call, asked as the link to connect by someone who forgot to register": (
        (
            "fr",
            "Café des tiers-lieux de novembre",
            [
                ("moderateur", ANNOUNCED),
                ("paul", "re bonjour, j'ai oublié de m'inscrire, je peux quand même avoir le lien de connexion ?"),
            ],
        ),
        VISIO,
    ),
    "the minutes, asked by someone who could not come": (
        (
            "fr",
            "CR de la rencontre inter-recycleries",
            [
                ("moderateur", f"Bonjour à tous,\n\nVoici le compte-rendu de notre rencontre à Crolles :\n{MINUTES}"),
                ("paul", "Bonjour, on n'a pas pu venir, est-ce que quelqu'un peut m'envoyer le compte-rendu ? merci"),
            ],
        ),
        MINUTES,
    ),
    "the booking link of the platform taken since": (
        (
            "fr",
            "Permanences juridiques",
            [
                (
                    "moderateur",
                    f"Permanence juridique le jeudi 3 décembre 2026, 14h-18h.\nPrise de RDV : {OLD_BOOKING}",
                ),
                (
                    "moderateur",
                    "Prochaine permanence le jeudi 3 décembre 2026, même horaire.\n"
                    f"⚠️ Attention, on a changé de plateforme de RDV : {NEW_BOOKING}",
                ),
                ("paul", "salut, le lien pour réserver svp ?"),
            ],
        ),
        NEW_BOOKING,
    ),
    "the one of two links whose words name what is asked": (
        (
            "fr",
            "Planning des collectes – été",
            [
                (
                    "moderateur",
                    "Bonjour les bénévoles,\n\nInscrivez-vous sur les créneaux dans le framacalc : "
                    f"{PLANNING}\n\nEt pour ceux qui ne l'ont pas encore, l'appli de covoiturage vers la "
                    f"déchetterie : {CARPOOL}\n\nMerci à tous !",
                ),
                ("paul", "Coucou, c'est quoi le lien de l'appli pour le covoit ? je l'ai pas installée", 1),
            ],
        ),
        CARPOOL,
    ),
    "the replay the opening post says is out": (
        (
            "fr",
            "Replay - webinaire « Les tiers-lieux nourriciers »",
            [
                (
                    "moderateur",
                    f"Bonjour à toutes et tous,\n\nLe replay du webinaire de mardi est en ligne : {REPLAY}\n\n"
                    "Merci encore aux intervenant·es 🌱",
                ),
                ("paul", "Bonjour, où peut-on voir le replay ? j'ai eu un empêchement mardi", 1),
            ],
        ),
        REPLAY,
    ),
}


@pytest.mark.parametrize("case", sorted(GIVEN))
async def test_the_link_a_member_asks_for_in_their_words_is_given(make_sandbox, make_engine, case: str) -> None:
    thread, right = GIVEN[case]
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and right in said[0]


NOT_GIVEN: dict[str, tuple[Thread, str]] = {
    "a form closed since": (
        (
            "fr",
            "Formation Arduino – 4 samedis matin",
            [
                (
                    "moderateur",
                    f"Formation Arduino les samedis de décembre 2026, 9h30-12h30.\nBilletterie : {DECEMBER_TICKETS}",
                ),
                (
                    "moderateur",
                    "📢 C'est COMPLET ! Merci à tous. Les inscriptions sont fermées, une 2e session suivra.",
                ),
                ("paul", "Coucou je peux avoir le lien pour m'inscrire ? c'est pour mon fils"),
            ],
        ),
        DECEMBER_TICKETS,
    ),
    "the form, to someone asking the link to connect": (
        (
            "fr",
            "Café des tiers-lieux de novembre",
            [
                ("moderateur", f"Café des tiers-lieux jeudi 26 novembre 2026 à 18h30.\n\nInscription : {FORM}\n"),
                ("paul", "re bonjour, j'ai oublié de m'inscrire, je peux quand même avoir le lien de connexion ?"),
            ],
        ),
        FORM,
    ),
    "a registration form, to someone asking for a map": (
        (
            "fr",
            "Formation premiers secours",
            [
                ("moderateur", f"Formation PSC1 samedi 28 novembre 2026 (8h30-17h).\n\nInscriptions : {FORM}"),
                ("paul", "Inscrite ! C'est où exactement ? vous avez un lien maps ?", 1),
            ],
        ),
        FORM,
    ),
    "a call's link, to someone asking for the reports": (
        (
            "fr",
            "AG 2026 de l'association",
            [
                ("moderateur", f"Notre AG aura lieu jeudi 10 décembre 2026 à 18h, en visio.\n\nLien zoom : {ZOOM}"),
                ("paul", "Les rapports moral et financier sont dispo quelque part ? j'ai rien reçu", 1),
            ],
        ),
        ZOOM,
    ),
    "a programme, to someone asking for the minutes": (
        (
            "fr",
            "Rencontres régionales 2026",
            [
                ("moderateur", f"Les rencontres régionales, c'est le 25 novembre 2026 !\n\n- Programme : {PROGRAMME}"),
                ("paul", "Hello, le CR des rencontres est sorti ? je n'ai pas pu venir", 1),
            ],
        ),
        PROGRAMME,
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_GIVEN))
async def test_a_link_that_no_longer_serves_or_is_not_the_one_asked_is_not_given(
    make_sandbox, make_engine, case: str
) -> None:
    thread, wrong = NOT_GIVEN[case]
    said = await links_said(make_sandbox, make_engine, thread)
    assert not any(wrong in raw for raw in said)


async def test_a_form_given_again_after_it_closed_is_given_for_the_new_session(make_sandbox, make_engine) -> None:
    """Closed is said of the form given before: the next session's form, given after, is the answer."""
    thread: Thread = (
        "fr",
        "Formation Arduino",
        [
            ("moderateur", f"Formation Arduino les samedis de décembre 2026.\nBilletterie : {DECEMBER_TICKETS}"),
            ("moderateur", "C'est complet ! Les inscriptions sont closes."),
            ("moderateur", f"Session de janvier 2027 : les samedis 9, 16, 23 et 30.\nBilletterie : {JANUARY_TICKETS}"),
            ("paul", "Super ! on peut avoir le lien d'inscription pour janvier ?"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and JANUARY_TICKETS in said[0]


NOBODY_ASKED: dict[str, Thread] = {
    "a visio the announcement says there is none of": (
        "fr",
        "Visite de la recyclerie – vendredi 4 décembre",
        [
            (
                "moderateur",
                "Visite de nos nouveaux locaux le vendredi 4 décembre 2026 à 10h, suivie d'un repas.\n\n"
                "⚠️ Pas de visio prévue, c'est vraiment en présentiel.\n\n"
                f"Inscription pour le repas : {FORM}",
            ),
            ("paul", "Dommage je serai en déplacement, vous auriez un lien visio pour suivre à distance ?"),
        ],
    ),
    "a visio link the announcement says comes by mail": (
        "fr",
        "Programme Tremplin – sessions d'info",
        [
            (
                "moderateur",
                "Deux sessions d'info : mercredi 2 décembre 2026 12h et lundi 7 décembre 2026 18h.\n"
                f"Inscription aux sessions d'info : {FORM}\nLe lien visio arrive par mail après inscription.",
            ),
            ("paul", "c'est quoi le lien de la visio du 2 ?"),
        ],
    ),
    "a speakers' call link the announcer sends privately": (
        "fr",
        "Live : les tiers-lieux racontent leur année",
        [
            (
                "moderateur",
                "On fait un live mardi 15 décembre 2026 à 17h.\n\n📺 Pour regarder : https://www.youtube.com/watch?v=Lv26\n"
                "🎙️ Pour les intervenant·es, je vous envoie le lien zoom de la régie en privé.",
            ),
            ("paul", "On est intervenants pour la Ruche, le lien zoom vous pouvez le poster ici ?", 1),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(NOBODY_ASKED))
async def test_nobody_is_asked_for_a_link_the_announcement_says_is_not_public(
    make_sandbox, make_engine, case: str
) -> None:
    """Neither the form given for another thing nor an ask: the announcement said how things are."""
    assert await links_said(make_sandbox, make_engine, NOBODY_ASKED[case]) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("je peux quand même avoir le lien de connexion ?", {"meeting"}),
        ("Vous avez le lien pour s'inscrire à l'atelier svp ?", {"registration"}),
        ("vous avez le lien pour ce soir ?", {"meeting"}),
        ("Le lien pour tout à l'heure svp ?", {"meeting"}),
        ("qqn pourrait remettre le lien du replay de la visio ?", {"recording"}),
        ("where is the link to the recording of the live session", {"recording"}),
        ("can someone share the registration link", {"registration"}),
        ("le lien svp", set()),
        ("je ne trouve pas le lien, il est où ?", set()),
        ("le lien social entre les lieux", set()),
    ],
)
def test_the_kind_bound_to_the_word_link_is_read(sentence: str, kinds: set[str]) -> None:
    """The kind asked, of those the words bound to the link name."""
    assert wanted_kinds(bound_kinds(sentence)) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("⚠️ Pas de visio prévue, c'est vraiment en présentiel.", {"meeting"}),
        ("Uniquement en présentiel cette fois.", {"meeting"}),
        ("This one won't be recorded, sorry.", {"recording"}),
        ("Pas besoin de s'inscrire, venez comme vous êtes !", {"registration"}),
        ("Entrée libre et sans inscription.", {"registration"}),
        ("La visio sera ouverte à tous, lien ci-dessous.", set()),
        ("Il y aura un replay pour celles et ceux qui ne peuvent pas venir.", set()),
        ("Pensez à vous inscrire avant vendredi.", set()),
    ],
)
def test_what_an_announcement_says_there_is_none_of_is_read(text: str, kinds: set[str]) -> None:
    assert kinds_denied(text) == kinds


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("c'est encore possible de s'inscrire ? c'est quoi le lien", True),
        ("je remonte : c'était quoi le lien de la carte ?", True),
        ("Bonjour, le support d'hier (session 3) svp ?", True),
        ("Bonjour, le replay sur Dolibarr svp ?", True),
        ("le cr de la réunion svp", True),
        # a plea for what a session leaves behind asks for it, whoever's copy the answer turns out to be
        ("Le replay svp", True),
        ("Les diapos de Julie stp ?", True),
        ("c'est quoi le lien entre les deux projets ?", False),
        ("Le programme est en ligne, merci à toutes et tous, svp partagez", False),
        ("j'ai regardé le replay, super, svp continuez comme ça", False),
        ("Bonjour, où est-ce que je peux trouver le compte-rendu de la réunion de janvier ? Merci", True),
        ("Bonjour, le PV de l'AG est dispo ?", True),
        ("Hello, le CR des rencontres est sorti ?", True),
        ("Bonjour, je cherche le modèle de budget dont ils ont parlé, il est où ?", True),
        ("c'est lequel le lien pour ce soir ?", True),
        ("Où est la salle ?", False),
        ("Le programme est dispo sur le site, bonne lecture !", False),
        ("je cherche un local à louer, quelqu'un connaît ?", False),
        ("où peut-on trouver un bon traiteur ?", False),
        ("Le replay est en ligne, svp dites-moi si le son est bon", False),
    ],
)
def test_terse_french_requests_are_read(text: str, asks: bool) -> None:
    assert is_request(text) is asks


async def test_the_replay_of_the_month_named_is_given_not_the_latest(make_sandbox, make_engine) -> None:
    """ "Le replay de novembre", asked once December's is out and January's session held: November's, said so by its
    words (the last session held is January's, whose replay is not out)."""
    thread: Thread = (
        "fr",
        "Cycle « Les lundis de la coopération »",
        [
            (
                "lea_coop",
                "Bonjour à toutes et tous,\n\nUn petit cycle d'échanges entre lieux, un lundi par mois à 18h30 :\n"
                "- **lundi 30 novembre** : mutualiser des postes\n- **lundi 28 décembre** : achats groupés\n"
                "- **lundi 25 janvier** : partager des outils\n\n"
                "Même lien pour les trois : https://visio.example.org/lundis-coop",
            ),
            ("lea_coop", f"Replay de novembre : {REPLAY_NOVEMBER}"),
            ("lea_coop", f"Replay de décembre : {REPLAY_DECEMBER} (désolée pour le son les 5 premières minutes)"),
            ("paul", "Vous pouvez remettre le replay de novembre ? je voudrais le montrer à une bénévole", 2),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread, gaps=(7, 28, 28))
    assert len(said) == 1 and REPLAY_NOVEMBER in said[0]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Replay de février : URL (désolée pour le son les 5 premières minutes)", {"recording"}),
        ("the page will be up in a few minutes", set()),
        ("Les minutes de la réunion sont en ligne", {"document", "meeting"}),
        ("the minutes of the call", {"document", "meeting"}),
    ],
)
def test_a_span_of_minutes_is_no_meeting_notes(text: str, kinds: set[str]) -> None:
    assert kinds_of(text) == kinds


async def test_the_link_asked_just_before_a_meeting_naming_no_kind_is_its_call(make_sandbox, make_engine) -> None:
    """ "C'est quoi le lien déjà ?" half an hour before the visio, the pad beside it: the visio's link."""
    thread: Thread = (
        "fr",
        "Groupe de travail « Tiers-lieux nourriciers »",
        [
            (
                "moderateur",
                "On lance le groupe de travail : première visio mercredi 25 novembre 2026 à 10h30.\n\n"
                f"Le lien de la visio : {JITSI}\n\nVous pouvez déjà ajouter vos idées dans le pad : {PAD}",
            ),
            ("paul", "Re, c'est quoi le lien déjà ? je le retrouve pas"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and JITSI in said[0] and PAD not in said[0]


async def test_a_request_for_a_valid_link_is_not_given_the_old_one(make_sandbox, make_engine) -> None:
    """ "A valid link" says the links known do not work: none of them is the answer."""
    thread: Thread = (
        "en",
        "Open anatomy atlas",
        [
            (
                "moderateur",
                "The first steps of an open anatomy atlas: you can download the file at https://z.example.org/",
            ),
            ("paul", "Hello, does anyone have a valid link to download the anatomy models please?"),
        ],
    )
    assert await links_said(make_sandbox, make_engine, thread) == []


async def test_the_link_asked_on_the_day_of_a_day_long_event_naming_no_kind_is_its_call(
    make_sandbox, make_engine
) -> None:
    """A day's event with no hour: "je ne trouve pas le lien" on that day, the programme and a form beside the
    plenary's visio, gets the visio's link."""
    visio = "https://visio.example.org/rencontres-pleniere"
    thread: Thread = (
        "fr",
        "Rencontres annuelles",
        [
            (
                "moderateur",
                "Nos rencontres annuelles auront lieu **samedi 28 novembre 2026** à la Ferme des Communs.\n"
                f"- Programme : {PROGRAMME}\n- Pour suivre la plénière du matin à distance : {visio}\n"
                f"L'inscription à la journée est gratuite mais obligatoire : {FORM}",
            ),
            ("paul", "hello, je suis à distance, je ne trouve pas le lien"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread, gaps=(4,))
    assert len(said) == 1 and visio in said[0]
