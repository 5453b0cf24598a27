"""Minutes said to be of another day are no answer to a request for a meeting's minutes; the bare link an announcer
gives under their own post that forgot it answers the request; "vous cliquez sur le lien" in a reply forgot nothing;
a link pointed at below, where only links said to be other things follow, was forgotten, as was one an item of a
list names among items that carry theirs, "Pour la visio, lien ci-dessous." with nothing below, and "les
inscriptions sont ouvertes, c'est ici :"; "Yannick, le lien de ce soir ?" asks; "les slides de Sami" are those
Sami posted; "je trouve plus le tableau" asks."""

from __future__ import annotations

from handlers.links.forgotten import forgotten_link
from handlers.links.text import is_request
from tests.handlers.links.test_links_of_the_session_and_year_asked import decided
from tests.handlers.links.test_other_links_named_and_earlier_replays import _thread

JANUARY = "https://cloud.example.org/s/collectif-cr-2026-01"
SLOTS = "https://cloud.example.org/s/verger-creneaux-fevrier"
REPLAY = "https://video.example.org/w/gt-ateliers-janvier"
SLIDES = "https://cloud.example.org/s/rencontre-slides.pdf"
FORM = "https://framaforms.org/rencontre-fablabs-2026"

MINUTES = (
    "Je crée ce fil pour les CR des réunions du collectif.\n\n"
    f"CR de la réunion du **mardi 6 janvier** : {JANUARY}\n\nProchaine réunion : mardi 3 février, 20h, au local."
)


def test_minutes_of_another_day_are_no_answer() -> None:
    posts = _thread(
        ("odile_c", MINUTES, 1, None),
        (
            "abdel_k",
            "Bonsoir, le CR de la réunion de mardi (3 février) il est où ? je trouve que celui de janvier",
            5,
            None,
        ),
    )
    assert decided(posts, "Comptes-rendus du collectif") == ("silent", None)


def test_minutes_said_of_no_day_still_answer() -> None:
    """The guard: minutes given without a day may be the ones asked."""
    posts = _thread(
        ("odile_c", f"Le CR de la dernière réunion : {JANUARY}\n\nProchaine réunion : mardi 3 février, 20h.", 1, None),
        ("abdel_k", "Bonsoir, le CR de la réunion de mardi (3 février) il est où ?", 1, None),
    )
    assert decided(posts, "Comptes-rendus du collectif") == ("answer", JANUARY)


def test_minutes_asked_for_the_meeting_of_a_weekday_are_still_answered() -> None:
    """The guard: "pour préparer jeudi" names the meeting the minutes are read for, not the minutes' day."""
    posts = _thread(
        ("odile_c", MINUTES, 7, None),
        ("abdel_k", "Vous pourriez remettre le lien du CR de janvier svp ? pour préparer mardi", 24, None),
    )
    assert decided(posts, "Comptes-rendus du collectif") == ("answer", JANUARY)


def test_the_bare_link_an_announcer_adds_under_their_own_post_answers() -> None:
    posts = _thread(
        (
            "annie_r",
            "🌱 **Chantier au verger — samedi 21 février, 9h-16h**\n\nRepas partagé le midi.\n\n"
            "Pour qu'on soit assez l'après-midi aussi, inscrivez-vous sur un créneau dans le tableau, il est ici :",
            2,
            None,
        ),
        ("annie_r", f"le lien, pardon 🙄 {SLOTS}", 2, 1),
        ("louis_f", "Je viens le matin. On amène des outils ?", 3, None),
        ("margaux_d", "Qqn pourrait remettre le lien pour s'inscrire sur les créneaux svp ?", 10, None),
    )
    assert decided(posts, "Chantier au verger") == ("answer", SLOTS)


def test_click_on_the_link_in_a_reply_forgot_nothing() -> None:
    (_, post) = _thread(
        (
            "damien_f",
            "Permanence numérique **mardi 10 février, 17h-19h**, en visio : https://visio.example.org/b/perm",
            2,
            None,
        ),
        ("damien_f", "Pas du tout, vous cliquez sur le lien et vous autorisez la caméra. Sinon venez au local !", 3, 1),
    )
    assert forgotten_link(post) is None


def test_a_call_link_pointed_below_where_only_a_replay_follows_was_forgotten() -> None:
    (post,) = _thread(
        (
            "gilles_p",
            "Prochaine visio du groupe ateliers : **mardi 17 février à 14h**.\n\nLe lien de connexion ci-dessous 👇\n\n"
            f"Et pour ceux qui l'ont manquée, le replay de la visio de janvier : {REPLAY}",
            3,
            None,
        ),
    )
    assert forgotten_link(post) == "Le lien de connexion ci-dessous"


def test_a_link_pointed_below_where_a_link_of_its_kind_follows_was_given() -> None:
    """The guard: the call's link follows, under its own words."""
    (post,) = _thread(
        (
            "gilles_p",
            "Prochaine visio du groupe ateliers : **mardi 17 février à 14h**.\n\nLe lien de connexion ci-dessous 👇\n\n"
            "Visio : https://visio.example.org/b/groupe-ateliers",
            3,
            None,
        ),
    )
    assert forgotten_link(post) is None


def test_a_replay_pointed_below_where_only_slides_follow_was_forgotten() -> None:
    (post,) = _thread(
        (
            "herve_m",
            "Merci à toutes et tous pour la conférence d'hier soir !\n\nLa vidéo est visible ci-dessous 👇\n\n"
            f"Et les slides de l'intervenante : {SLIDES}",
            3,
            None,
        ),
    )
    assert forgotten_link(post) == "La vidéo est visible ci-dessous"


def test_an_item_naming_a_replay_among_items_carrying_their_links_was_forgotten() -> None:
    (post,) = _thread(
        (
            "solene_m",
            "Merci pour l'atelier de samedi ! Comme promis :\n"
            f"- 📑 les supports : {SLIDES}\n- 🎥 le replay de la partie en ligne\n"
            f"- 📝 la fiche méthode : {JANUARY}",
            3,
            None,
        ),
    )
    assert forgotten_link(post) == "🎥 le replay de la partie en ligne"


def test_a_link_pointed_below_with_nothing_below_was_forgotten() -> None:
    (post,) = _thread(
        (
            "cecile_l",
            "Prochain **CA lundi 16 février à 20h**, au café et en visio.\n\n"
            f"CR du dernier CA : {JANUARY}\nPour la visio, lien ci-dessous.\n\nCécile",
            3,
            None,
        ),
    )
    assert forgotten_link(post) == "lien ci-dessous"


def test_sign_ups_said_open_here_with_no_link_were_forgotten() -> None:
    (post,) = _thread(
        (
            "anouk_v",
            "La rencontre des fablabs passe chez nous **jeudi 19 février** !\n\nLes inscriptions sont ouvertes, c'est "
            "ici :\n\nHébergement possible chez l'habitant, dites-le dans le formulaire.",
            3,
            None,
        ),
    )
    assert forgotten_link(post) == "inscriptions sont ouvertes, c'est ici"


def test_a_link_asked_of_someone_by_name_asks() -> None:
    assert is_request("Yannick, le lien de ce soir ?")


SAMI = "https://cloud.example.org/s/legumerie-slides"
ELODIE = "https://cloud.example.org/s/epicerie-presentation"


def _webinar(asked: str) -> tuple[str, str | None]:
    posts = _thread(
        (
            "maelle_d",
            "Webinaire **jeudi 5 février, 12h15-13h30** : cantines et épiceries solidaires, avec Sami et Élodie.\n\n"
            "Lien : https://visio.example.org/b/nourriciers",
            1,
            None,
        ),
        ("sami_ouali", f"Merci pour vos questions ! Mes slides : {SAMI}", 5, None),
        ("elodie_mounier", f"Et les miennes : {ELODIE}", 5, 2),
        ("noemie_r", asked, 6, None),
    )
    return decided(posts, "Webinaire tiers-lieux nourriciers")


def test_the_slides_of_a_speaker_named_are_the_ones_they_posted() -> None:
    assert _webinar("les slides de Sami svp ? j'ai raté le début") == ("answer", SAMI)


def test_the_slides_of_a_speaker_who_posted_none_are_not_anothers() -> None:
    """The guard: Paul posted nothing; Sami's slides are not his."""
    assert _webinar("les slides de Paul svp ? j'ai raté le début")[1] != SAMI


def test_a_link_pointed_below_given_paragraphs_further_down_was_given() -> None:
    """The guard: "Pour la visio, lien ci-dessous." with the link three paragraphs further down."""
    (post,) = _thread(
        (
            "cecile_l",
            "Prochain **CA lundi 16 février à 20h**, au café et en visio.\n\nPour la visio, lien ci-dessous.\n\n"
            "Ordre du jour : budget, embauche, été.\n\nÀ lundi !\n\n[Salle visio](https://visio.example.org/b/ca)",
            3,
            None,
        ),
    )
    assert forgotten_link(post) is None


def test_the_slots_table_not_found_again_asks() -> None:
    assert is_request("Il reste des créneaux ? je trouve plus le tableau")


def test_a_table_praised_asks_nothing() -> None:
    """The guard: a table spoken of, not looked for."""
    assert not is_request("Le tableau des créneaux est super clair, merci !")
