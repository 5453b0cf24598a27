"""Days put to a vote ("Merci de voter d'ici …", "je propose trois dates") are no meetings, and the one the opener
settles ("Ce sera donc …") is; an event "we" are invited to is someone else's; a line "Toujours 10h-12h" under a list
of days gives them the hour; an opening "Besoin d'aide … ?" under a title asks nothing; a member's "la perm du 16
sauterait, c'est vrai ?" holds that day back, a sewing machine that "saute des points" nothing; "Venez avec vos dispos"
invites to a meeting set."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing


async def test_days_to_vote_on_by_a_deadline_are_no_meetings() -> None:
    poll = (
        "**Bureau élargi : choix de la date**\n\nMerci de voter d'ici le **lundi 5 octobre** :\n"
        "- mardi 13 octobre, 18h\n- jeudi 15 octobre, 12h30\n\nhttps://framadate.org/bureau-octobre"
    )
    posts = [("maelys_b", "2026-09-28T10:00:00+02:00", poll), ("yanis_t", "2026-09-29T08:00:00+02:00", "Fait !", 1)]
    assert await _standing(posts, title="Bureau élargi") == []


async def test_days_proposed_then_settled_by_the_opener_remind_the_one_settled() -> None:
    posts = [
        (
            "gaelle_m",
            "2026-02-02T09:00:00+01:00",
            "Pour le prochain comité, je propose trois dates, dites-moi :\n\n"
            "- lundi 16 février\n- mercredi 18 février\n- vendredi 20 février\n\nToujours 19h, à la grange.",
        ),
        ("nils_k", "2026-02-02T12:00:00+01:00", "Le 18 ou le 20 pour moi"),
        ("gaelle_m", "2026-02-05T08:00:00+01:00", "Merci ! Ce sera donc **mercredi 18 février à 19h** à la grange."),
    ]
    assert await _standing(posts, title="Comité de février") == ["2026-02-18T18:00:00Z"]


async def test_an_event_we_are_invited_to_is_someone_elses() -> None:
    opening = (
        "Notre **AG se tiendra le samedi 30 janvier 2027 à 10h** à la halle.\n\n"
        "Pour info, l'inauguration de la nouvelle médiathèque a lieu le vendredi 22 janvier à 18h, "
        "le collectif y est invité."
    )
    posts = [("corentin_a", "2026-12-10T09:00:00+01:00", opening)]
    assert await _standing(posts, title="AG 2027") == ["2027-01-30T09:00:00Z"]


async def test_an_event_named_without_an_invitation_is_still_read() -> None:
    """The guard: with no word saying others hold it, the second date is one of ours."""
    opening = (
        "Notre **AG se tiendra le samedi 30 janvier 2027 à 10h** à la halle.\n\n"
        "Et le pot de la nouvelle année a lieu le vendredi 22 janvier à 18h à la halle."
    )
    posts = [("corentin_a", "2026-12-10T09:00:00+01:00", opening)]
    assert await _standing(posts, title="AG 2027") == ["2027-01-22T17:00:00Z", "2027-01-30T09:00:00Z"]


REPAIR = (
    "## Atelier vélo du printemps\n\nLes dates :\n\n- **samedi 14 mars**\n- **samedi 11 avril**\n\n"
    "Toujours **10h-12h**, sous le préau. Venez avec votre vélo !"
)


async def test_an_hour_line_below_a_list_of_days_gives_them_their_hour() -> None:
    posts = [("lou_d", "2026-03-01T09:00:00+01:00", REPAIR)]
    assert await _standing(posts, title="Atelier vélo") == ["2026-03-14T09:00:00Z", "2026-04-11T08:00:00Z"]


async def test_a_line_of_words_below_a_list_of_days_gives_no_hour() -> None:
    """The guard: "Toujours sous le préau, vers 10h si possible" opens on no hour."""
    posts = [("lou_d", "2026-03-01T09:00:00+01:00", REPAIR.replace("Toujours **10h-12h**", "Toujours sous le préau"))]
    assert await _standing(posts, title="Atelier vélo") == []


PERMS = (
    "# Permanences numériques d'octobre\n\nBesoin d'un coup de main avec un formulaire en ligne ? Les permanences "
    "reprennent au tiers-lieu, **le mercredi de 14h à 16h** :\n\n- mer. 7 octobre\n- mer. 14 octobre\n- mer. 21 octobre"
)


async def test_an_opening_hook_under_a_title_asks_nothing() -> None:
    posts = [("noemie_r", "2026-09-30T09:00:00+02:00", PERMS)]
    assert await _standing(posts, title="Permanences numériques") == [
        "2026-10-07T12:00:00Z",
        "2026-10-14T12:00:00Z",
        "2026-10-21T12:00:00Z",
    ]


async def test_a_day_said_skipped_by_hearsay_is_held_back() -> None:
    posts = [
        ("noemie_r", "2026-09-30T09:00:00+02:00", PERMS),
        ("basile_v", "2026-10-05T18:00:00+02:00", "On m'a dit que la perm du 14 sauterait, c'est vrai ?"),
    ]
    assert await _standing(posts, title="Permanences numériques") == ["2026-10-07T12:00:00Z", "2026-10-21T12:00:00Z"]


async def test_a_sewing_machine_that_skips_stitches_holds_nothing_back() -> None:
    """The guard: "saute des points" speaks of a machine, not of a meeting."""
    posts = [
        ("lou_d", "2026-03-01T09:00:00+01:00", "Repair café **samedi 14 mars, 14h-17h** à la ressourcerie."),
        ("basile_v", "2026-03-02T18:00:00+01:00", "Je peux venir avec ma machine qui saute des points ?", 1),
    ]
    assert await _standing(posts, title="Repair café") == ["2026-03-14T13:00:00Z"]


async def test_a_meeting_set_to_choose_a_date_is_reminded() -> None:
    posts = [
        ("elise_p", "2026-05-04T20:00:00+02:00", "La fête du verger c'est le 13 juin ? Quelqu'un sait ?"),
        (
            "roman_g",
            "2026-05-05T12:00:00+02:00",
            "Rien n'est calé ! On choisit à la **réunion du verger, mardi 19 mai à 18h30**. Venez avec vos dispos.",
            1,
        ),
    ]
    assert await _standing(posts, title="Fête du verger") == ["2026-05-19T16:30:00Z"]
