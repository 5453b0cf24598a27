"""Proposals and their support: the seed thread, a cooked topic with quotes and reactions,
people counted once, and what is not a proposal."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from itertools import combinations

import pytest

from bot.actions import Remember, ReplyToPost, ScheduleTimer
from bot.dispatch import Dispatcher
from bot.events import PostCreated, PostEdited
from bot.models import Topic
from bot.replay import Simulation
from bot.text import fold
from bot.topicfile import load_topic_file
from handlers import help, proposals
from handlers.proposals import forget_removed, preview, rank_proposals, ranked, render
from handlers.proposals.extract import Unit, content_tokens, read_post
from handlers.proposals.merge import similar
from tests.handler_kit import DATA, feature_actions, make_ctx, make_post, seed_topic, state_of

COOKED_LIKERS = {
    5011: ["carla", "erin", "frank", "ivan"],
    5012: ["alice"],
    5013: ["alice", "bob"],
    5016: ["bob", "carla", "erin", "hugo"],
}


def cooked_topic() -> Topic:
    return load_topic_file(DATA / "proposals-cooked-topic.json")


def entries_with(proposals, phrase: str):
    key = fold(phrase)
    return [p for p in proposals if key in fold(p["text"] if isinstance(p, dict) else p.text)]


@pytest.fixture
async def seed_preview():
    topic = seed_topic()
    return (await preview(topic, make_ctx([topic])))["proposals"]


# --- the seed thread ---------------------------------------------------------------


async def test_seed_gives_many_ranked_proposals_led_by_the_most_liked_post(seed_preview):
    assert len(seed_preview) >= 15
    assert [p["supporters"] for p in seed_preview] == sorted((p["supporters"] for p in seed_preview), reverse=True)
    most_liked = max(seed_topic().posts, key=lambda p: p.like_count).post_number
    assert most_liked == 14
    assert most_liked in seed_preview[0]["post_numbers"]


async def test_sas_classique_is_one_proposal_citing_posts_14_and_18(seed_preview):
    found = entries_with(seed_preview, "SAS classique")
    assert len(found) == 1
    entry = found[0]
    assert entry["post_numbers"] == [14, 18]
    assert entry["author"] == "Simon"
    # likers cannot be read from the seed file: each post's like count, each post once (7 + 2)
    assert entry["supporters"] == 9
    assert entry["likers"] == []


async def test_post_11_bullets_are_six_distinct_proposals(seed_preview):
    bullets = [
        "Financer l’organisation d’agoras",
        "la sanctuarisation d’espaces fonciers",
        "Financer la conduite de projets d’aménagement",
        "Financer le lien social et la mixité sociale",
        "Financer l’entre-aide et la fédération",
        "Financer la simple existence de ces lieux",
    ]
    found = [entries_with(seed_preview, b) for b in bullets]
    assert all(len(f) == 1 for f in found), [len(f) for f in found]
    texts = {f[0]["text"] for f in found}
    assert len(texts) == 6
    assert all(11 in f[0]["post_numbers"] for f in found)


async def test_post_14_proposals_carry_its_seven_likes(seed_preview):
    bullets = [
        "si l’on considère qu’il faut des grosses enveloppes",
        "L’enjeu d’arrêter de réfléchir",
        "L’enjeu de rendre visible les réponses",
        "rendre visible les évaluations au plus grand nombre",
        "Limiter les tiers lieux financés",
        "Réaliser une évaluation exigeante",
        "Trouver des modalités pour éviter",
        "SAS classique",
        "Quand il est question de travaux",
        "abandonner le terme fabrique",
        "et si le nouvel observatoire",
        "déployer enfin un appel à commun",
        "Si toutefois il est question de relancer",
    ]
    for bullet in bullets:
        found = entries_with(seed_preview, bullet)
        assert len(found) == 1 and 14 in found[0]["post_numbers"], bullet
    from_14 = [p for p in seed_preview if 14 in p["post_numbers"]]
    assert len(from_14) >= 13
    assert all(p["supporters"] >= 7 for p in from_14)
    assert all(p["supporters"] == 7 for p in from_14 if p["post_numbers"] == [14])


async def test_post_18_restatements_join_their_originals(seed_preview):
    restated = {
        "Financer la simple existence de ces lieux": 11,
        "ne devraient pas être financés pour être les relais des services publics": 11,
        "sécuriser les fonctions d’expérimentateur": 12,
        "faire évoluer les normes, RAPIDEMENT": 12,
        "animer la coopération et la mise en commun": 10,
        "organiser des rencontres entre les potentiels candidats": 14,
    }
    likes = {p.post_number: p.like_count for p in seed_topic().posts}
    for phrase, origin in restated.items():
        found = entries_with(seed_preview, phrase)
        assert len(found) == 1, phrase
        assert found[0]["post_numbers"] == [origin, 18], phrase
        assert found[0]["supporters"] == likes[origin] + likes[18], phrase


async def test_no_idea_is_listed_twice(seed_preview):
    units = [Unit(0, "", fold(p["text"]), content_tokens(fold(p["text"])), None) for p in seed_preview]
    twins = [(a.folded, b.folded) for a, b in combinations(units, 2) if similar(a, b)]
    assert twins == []


async def test_seed_headings_questions_and_thanks_are_not_proposals(seed_preview):
    for not_a_proposal in (
        "Sur la partie AMI",
        "Sur la partie réseaux régionaux",
        "il manque le lien",
        "Merci pour cette 1ère visio",
        "peut-on faire tiers-lieu sans faire d’éducation populaire",
        "le tiers-lieu idéal est-il plutôt",
        "Quelques suggestions",
    ):
        assert entries_with(seed_preview, not_a_proposal) == [], not_a_proposal


# --- quotes in cooked HTML, reactions ------------------------------------------------------


async def test_cooked_quotes_endorse_only_the_quoted_proposal():
    topic = cooked_topic()
    ranked_list = (await preview(topic, make_ctx([topic], likers=COOKED_LIKERS)))["proposals"]
    assert len(ranked_list) == 3
    (fonds,) = entries_with(ranked_list, "fonds d’urgence")
    (comptable,) = entries_with(ranked_list, "poste de comptable")
    (comptes,) = entries_with(ranked_list, "publier les comptes")
    assert ranked_list[0] is fonds
    # post 6 restates it; bob endorses it by quoting it with "+1"; erin agrees in a reply to post 1
    assert fonds["post_numbers"] == [1, 6]
    assert fonds["author"] == "alice"
    assert set(fonds["endorsers"]) == {"bob", "erin"}
    assert "alice" not in fonds["likers"]  # she liked bob's "+1", but she is the author
    assert fonds["supporters"] == len({"carla", "erin", "frank", "ivan", "bob", "hugo"})
    # bob's quote was of the other bullet only
    assert "bob" not in comptable["endorsers"] and "bob" not in comptable["likers"]
    assert comptable["supporters"] == 4
    # a quote followed by disagreement is not support; the -1 reaction on post 1 is kept apart
    assert comptes["endorsers"] == [] and comptes["opponents"] == 1
    assert fonds["opponents"] == 1


async def test_cooked_topic_ignores_hidden_deleted_and_scribes_own_posts():
    topic = cooked_topic()
    ranked_list = await rank_proposals(topic, make_ctx([topic], likers=COOKED_LIKERS))
    texts = " ".join(fold(p.text) for p in ranked_list)
    assert "cotisation" not in texts  # hidden post
    assert "camion" not in texts  # deleted post
    assert "festivals" not in texts  # the bot's own earlier table
    assert "gouvernance" not in texts and "comment choisir" not in texts and "merci" not in texts


async def test_without_likers_reactions_and_like_counts_stand_in_and_the_output_says_so():
    topic = cooked_topic()
    ctx = make_ctx([topic], likers=None)
    proposals = await rank_proposals(topic, ctx)
    (fonds,) = entries_with(proposals, "fonds d’urgence")
    assert not fonds.exact and fonds.likers == []
    # heart reactions (4 on post 1, 4 on post 6, 1 on post 2) + two endorsing authors; the -1 is not support
    assert fonds.supporters == 4 + 4 + 1 + 2
    md = render(proposals, "md", "fr")
    assert ctx.t("proposals.estimate_note") in md
    md_exact = render(await rank_proposals(topic, make_ctx([topic], likers=COOKED_LIKERS)), "md", "en")
    assert "estimated" not in md_exact


# --- people counted once -----------------------------------------------------------------------


async def test_a_person_who_liked_three_posts_stating_one_idea_counts_once():
    posts = (
        make_post(1, "ana", "Il faut créer une monnaie locale pour le réseau des tiers-lieux.", like_count=2),
        make_post(
            2,
            "ben",
            "Je reviens là-dessus : il faut créer une monnaie locale pour le réseau des tiers-lieux !",
            like_count=1,
        ),
        make_post(3, "cat", "Bref, créer une monnaie locale pour le réseau des tiers-lieux.", like_count=1),
        make_post(4, "dom", "Il faudrait ouvrir les lieux le dimanche.", like_count=1),
    )
    topic = Topic(1, "Monnaie", posts=posts)
    likers = {1001: ["zoe", "ben"], 1002: ["zoe"], 1003: ["zoe"], 1004: ["zoe"]}
    proposals = await rank_proposals(topic, make_ctx([topic], likers=likers))
    (monnaie,) = entries_with(proposals, "monnaie locale")
    assert monnaie.post_numbers == [1, 2, 3]
    assert monnaie.author == "ana"
    assert monnaie.likers == ["ben", "zoe"]
    assert monnaie.supporters == 2
    (dimanche,) = entries_with(proposals, "dimanche")
    assert dimanche.supporters == 1


async def test_short_agreement_without_quote_supports_the_post_above_and_in_english():
    posts = (
        make_post(1, "ann", "We should publish the meeting notes every week.", like_count=0),
        make_post(2, "bo", "I agree!"),
        make_post(3, "cy", "Thanks everyone. How do we pick the next venue?"),
    )
    topic = Topic(1, "Notes", posts=posts)
    proposals = await rank_proposals(topic, make_ctx([topic], likers={}, language="en"))
    assert [p.text for p in proposals] == ["We should publish the meeting notes every week."]
    assert proposals[0].endorsers == ["bo"] and proposals[0].supporters == 1


# --- what is not a proposal -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        ":point_right: Sur la partie AMI",
        "## Sur le financement",
        "Quelques suggestions :",
        "Est-ce qu'il faut mettre des critères ?",
        "- Comment financer les petits lieux ?",
        "Merci à tous pour ces échanges, il faut continuer !",
        "Bonjour à tous,",
        "+1",
        "Je suis d'accord",
        "Il faut dire que la réunion était longue.",
        "Hello everyone, thanks for the notes.",
        "Le Wip s'arrête en juillet 23.",
    ],
)
def test_not_proposals(raw):
    assert read_post(make_post(2, "x", raw)).candidates == ()


@pytest.mark.parametrize(
    "raw",
    [
        "• Financer l'entre-aide et la fédération du réseau inter-lieux",
        "1/ Mutualiser les achats de matériel",
        ":dart: Renforcer la place des réseaux dans les jurys",
        "Proposition : que les réseaux régionaux gèrent les enveloppes ?",
        "Je pense qu'il faut définir des critères objectifs.",
        "On pourrait organiser des rencontres entre lieux.",
        "Ne plus financer de lieux en SAS classique",
        "We should open the space on Sundays.",
        "Proposal: rotate the chair every month",
    ],
)
def test_proposals(raw):
    assert len(read_post(make_post(2, "x", raw)).candidates) == 1


def test_a_list_is_read_by_its_introduction():
    spent = (
        "Les 250 000 euros ont été utilisés comme suit :\n\n1/ Amorçage du Médialab\n\n"
        "2/ financement de l'infrastructure"
    )
    assert read_post(make_post(2, "x", spent)).candidates == ()
    asked = "Quelques suggestions :\n\n• Un fonds d'urgence pour les petits lieux\n\n• Une caisse commune des communs"
    assert [c.text for c in read_post(make_post(2, "x", asked)).candidates] == [
        "Un fonds d'urgence pour les petits lieux",
        "Une caisse commune des communs",
    ]


def test_options_listed_under_a_question_are_not_proposals():
    raw = (
        "Quelle démarche existe pour rédiger une note qui :\n\n- soulignerait les convergences\n"
        "- identifierait les divergences"
    )
    assert read_post(make_post(2, "x", raw)).candidates == ()


# --- output ----------------------------------------------------------------------------------------


async def test_render_md_csv_json():
    topic = seed_topic()
    proposals = await rank_proposals(topic, make_ctx([topic]))
    md = render(proposals, "md", "fr", limit=10)
    rows = [line for line in md.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == 10
    assert "[#14](/t/-/1/14)" in md and "[#18](/t/-/1/18)" in md
    assert str(len(proposals) - 10) in md.splitlines()[-1]
    parsed = list(csv.DictReader(io.StringIO(render(proposals, "csv", "fr"))))
    assert len(parsed) == len(proposals)
    assert parsed[0]["rank"] == "1" and int(parsed[0]["supporters"]) == proposals[0].supporters
    data = json.loads(render(proposals, "json", "en"))
    assert [p["text"] for p in data["proposals"]] == [p.text for p in proposals]
    assert data["proposals"][0]["links"][0].startswith("/t/-/1/")
    with pytest.raises(ValueError):
        render(proposals, "xml", "fr")  # type: ignore[arg-type]


def test_render_escapes_table_cells_and_handles_no_proposal():
    from handlers.proposals import Proposal

    md = render([Proposal("Choisir A | B", "ann", 3, [2], 1)], "md", "en")
    assert "Choisir A \\| B" in md
    assert render([], "md", "en") == make_ctx(language="en").t("proposals.none")


# --- the command, the cache ----------------------------------------------------------------------


async def mention(topic: Topic, ctx, command: str = "propositions") -> list:
    """The command through the real dispatcher; a first ranking runs as a job right after."""
    asker = make_post(30, "membre", f"@scribe {command}", topic_id=topic.id)
    simulation = Simulation(Dispatcher([proposals.router, help.router]), ctx.settings, ctx.forum, state_of(ctx))
    actions = await simulation.feed(PostCreated(asker), ctx.now)
    return feature_actions(actions + await simulation.fire_until(ctx.now))


async def test_command_replies_once_with_the_table_and_remembers_it():
    topic = seed_topic()
    ctx = make_ctx([topic])
    actions = await mention(topic, ctx)
    assert isinstance(actions[0], ScheduleTimer)  # the first ranking is a job
    replies = [a for a in actions if isinstance(a, ReplyToPost)]
    assert len(replies) == 1
    assert replies[0].key == "reply:1030:proposals" and replies[0].reply_to_post_number == 30
    assert "Ne plus financer de lieux en SAS classique" in replies[0].raw
    assert "| 1 |" in replies[0].raw and "| 21 |" not in replies[0].raw  # max_rows = 20
    (remember,) = [a for a in actions if isinstance(a, Remember)]
    assert (remember.namespace, remember.key) == ("proposals", "topic:1")

    # the same topic again: from memory, no new Remember, same answer; in English by its alias
    cached = make_ctx([topic], memory={"proposals": {"topic:1": remember.value}}, language="en")
    again = await mention(topic, cached, "proposals")
    assert [type(a) for a in again] == [ReplyToPost]
    assert "Ne plus financer de lieux en SAS classique" in again[0].raw and "Supporters" in again[0].raw


async def test_cache_is_recomputed_when_likes_change():
    topic = seed_topic()
    _, remember = await ranked(topic, make_ctx([topic]))
    assert remember is not None
    memory = {"proposals": {"topic:1": remember.value}}
    same, none = await ranked(topic, make_ctx([topic], memory=memory))
    assert none is None
    post_11 = topic.post(11)
    liked = replace(topic, posts=tuple(replace(p, like_count=20) if p is post_11 else p for p in topic.posts))
    fresh, stored = await ranked(liked, make_ctx([liked], memory=memory))
    assert stored is not None and stored.value["fingerprint"] != remember.value["fingerprint"]
    assert 11 in fresh[0].post_numbers and fresh[0].supporters > same[0].supporters


async def test_a_deleted_post_leaves_the_cache():
    topic = seed_topic()
    _, remember = await ranked(topic, make_ctx([topic]))
    memory = {"proposals": {"topic:1": remember.value}}
    gone = replace(topic.post(14), deleted=True)
    actions = await forget_removed(PostEdited(gone), make_ctx([topic], memory=memory))
    assert actions == [Remember("proposals", "topic:1", None)]
    assert await forget_removed(PostEdited(gone), make_ctx([topic])) == []
    without = replace(topic, posts=tuple(p for p in topic.posts if p.post_number != 14))
    proposals = await rank_proposals(without, make_ctx([without], memory=memory))
    assert all(14 not in p.post_numbers for p in proposals)
    assert entries_with(proposals, "SAS classique")[0].post_numbers == [18]
