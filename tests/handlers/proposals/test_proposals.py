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
from bot.i18n import Messages
from bot.models import Topic
from bot.replay import Simulation
from bot.text import fold
from bot.topicfile import load_topic_file
from handlers import help, proposals
from handlers.proposals import forget_removed, preview, rank_proposals, ranked, render
from handlers.proposals.extract import Unit, content_tokens, read_post
from handlers.proposals.label import ends_whole, label, words
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


async def test_preview_lines_read_as_sentences_with_their_support(seed_preview):
    en = Messages("en")
    lines = [proposals.proposal_line(p, en) for p in seed_preview]
    assert not any(line.startswith("{") for line in lines)
    sas = [line for line in lines if "SAS classique" in line]
    assert sas == [
        "Ne plus financer de lieux en SAS classique — Simon (#14); "
        "0 supporter(s), 9 like(s) shared with other ideas of the post"
    ]
    alone = next(p for p in seed_preview if not p["shared"])
    assert proposals.proposal_line(alone, en).endswith(f"; {alone['supporters']} supporter(s)")


async def test_preview_lines_speak_french_on_a_french_forum(seed_preview):
    fr = Messages("fr")
    sas = [proposals.proposal_line(p, fr) for p in seed_preview if "SAS classique" in p["text"]]
    assert sas == [
        "Ne plus financer de lieux en SAS classique — Simon (#14) ; "
        "0 soutien(s), 9 « J'aime » partagé(s) avec d'autres idées du message"
    ]
    alone = next(p for p in seed_preview if not p["shared"])
    assert proposals.proposal_line(alone, fr).endswith(f" ; {alone['supporters']} soutien(s)")


def without_synthesis() -> Topic:
    topic = seed_topic()
    return replace(topic, posts=tuple(p for p in topic.posts if p.post_number != 18))


# --- the seed thread ---------------------------------------------------------------


async def test_seed_gives_readable_ideas_each_labelled_in_a_dozen_words(seed_preview):
    assert 15 <= len(seed_preview) <= 35
    for p in seed_preview:
        assert words(p["text"]) <= 12, p["text"]
        assert ends_whole(p["text"]), p["text"]
        assert fold(p["text"].split()[0]) in fold(p["full"]) or len(p["full"]) >= len(p["text"])
    assert len(seed_preview) < 58 // 1.5


async def test_a_synthesis_of_the_thread_proposes_nothing_of_its_own(seed_preview):
    assert all(18 not in p["post_numbers"] for p in seed_preview)
    assert all(p["author"] != "Tom" for p in seed_preview)
    for phrase in ("Permettre la poursuive des expérimentations", "Renforcer la place des réseaux dans les jurys"):
        assert entries_with(seed_preview, phrase) == [], phrase
    cited = [p for p in seed_preview if 18 in p["cited_in"]]
    assert len(cited) >= 8


async def test_sas_classique_is_one_idea_whose_likes_are_shared_not_votes(seed_preview):
    (entry,) = entries_with(seed_preview, "SAS classique")
    assert entry["post_numbers"] == [14] and entry["cited_in"] == [18]
    assert entry["author"] == "Simon"
    # post 14 states 14 ideas and post 18 restates many: their likes (7 + 2) are shared support
    assert entry["supporters"] == 0 and entry["shared"] == 9


async def test_a_long_posts_likes_are_never_a_vote_for_each_of_its_ideas(seed_preview):
    from_14 = [p for p in seed_preview if p["post_numbers"] == [14]]
    assert len(from_14) >= 12
    assert all(p["supporters"] == 0 and p["shared"] >= 7 for p in from_14)
    (animer,) = entries_with(seed_preview, "Animer la coopération")
    assert animer["post_numbers"] == [10] and animer["supporters"] == 2  # post 10 states only this idea
    assert seed_preview[0] is animer


async def test_post_11_bullets_are_six_distinct_proposals(seed_preview):
    bullets = [
        "d’agoras",
        "espaces fonciers",
        "projets d’aménagement",
        "lien social et la mixité sociale",
        "l’entre-aide et la fédération",
        "simple existence de ces lieux",
    ]
    found = [entries_with(seed_preview, b) for b in bullets]
    assert all(len(f) == 1 for f in found), [len(f) for f in found]
    assert all(f[0]["post_numbers"] == [11] for f in found)


async def test_restatements_in_the_synthesis_join_their_originals(seed_preview):
    restated = {
        "simple existence de ces lieux": 11,
        "relais des services publics": 11,
        "Sécuriser les fonctions": 12,
        "Faire évoluer les normes": 12,
        "Animer la coopération": 10,
        "Organiser des rencontres entre": 14,
        "pourquoi": 17,
    }
    for phrase, origin in restated.items():
        (found,) = entries_with(seed_preview, phrase)
        assert found["post_numbers"] == [origin] and found["cited_in"] == [18], phrase


async def test_fragments_summaries_past_budgets_and_rhetoric_are_not_ideas(seed_preview):
    for not_a_proposal in (
        "Sur la partie AMI",
        "il manque le lien",
        "Merci pour cette 1ère visio",
        "éducation populaire",
        "Quelques suggestions",
        "diagnostic collectif",  # a fragment of the bullet before it
        "refuser de rentrer dans le jeu politique",  # idem
        "C’est ce travail qu’il faut soutenir",  # points back at the sentence before
        "impacts qualitatifs",  # "En bref, …" sums up the list above
        "Développer l’écosystème",  # a line of a past budget
        "pierre 46 coups",  # rhetoric
        "Problématique de pérennité",  # a problem statement (and in the synthesis only)
        "derniers remparts",  # an opinion
    ):
        assert entries_with(seed_preview, not_a_proposal) == [], not_a_proposal


async def test_no_idea_is_listed_twice(seed_preview):
    units = [Unit(0, "", fold(p["full"]), content_tokens(fold(p["full"])), None) for p in seed_preview]
    twins = [(a.folded[:40], b.folded[:40]) for a, b in combinations(units, 2) if similar(a, b)]
    assert twins == []


async def test_without_the_synthesis_the_same_ideas_are_found():
    topic = without_synthesis()
    found = await rank_proposals(topic, make_ctx([topic]))
    with_it = await rank_proposals(seed_topic(), make_ctx([seed_topic()]))
    assert sorted(p.text for p in found) == sorted(p.text for p in with_it)


async def test_seed_labels_keep_the_proposing_words():
    topic = seed_topic()
    texts = [p.text for p in await rank_proposals(topic, make_ctx([topic]))]
    for wanted in (
        "Ne plus financer de lieux en SAS classique",
        "Arrêter de réfléchir en mode « répartition territoriale »",
        "Abandonner le terme fabrique pour une autre logique",
        "Financer l’entre-aide et la fédération du réseau inter-lieux",
    ):
        assert wanted in texts, wanted


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "L’enjeu de rendre visible les réponses à tous (pour rendre visibles les réponses, un wiki).",
            "Rendre visible les réponses à tous",
        ),
        ("Si le budget est faible, il faudrait financer un peu tout le monde.", "Financer un peu tout le monde"),
        ("Je pense donc que l'état devrait soutenir les lieux.", "L'état devrait soutenir les lieux"),
        (
            "Selon nous, les tiers-lieux ne devraient pas être financés pour être les relais des services publics, "
            "mais plutôt pour faire exister l’état",
            "Les tiers-lieux ne devraient pas être financés comme relais des services publics",
        ),
        ("We should publish the meeting notes every week.", "Publish the meeting notes every week"),
        ("Proposal: rotate the chair every month", "Rotate the chair every month"),
        (
            "Et si la mairie ouvrait le gymnase aux associations le dimanche ?",
            "Ouvrir le gymnase aux associations le dimanche",
        ),
        ("Et si on lançait un appel à idées pour le jardin ?", "Lancer un appel à idées pour le jardin"),
        (
            "Financer en priorité les associations qui ont construit des partenariats durables avec les communes "
            "voisines du territoire",
            "Financer en priorité les associations ayant construit des partenariats durables",
        ),
    ],
)
def test_labels_drop_the_frame_and_keep_the_idea(statement, expected):
    assert label(statement) == expected
    assert words(label(statement)) <= 12 and ends_whole(label(statement))


def test_a_long_statement_is_shortened_at_a_phrase_boundary_never_mid_word():
    long = (
        "Financer la sanctuarisation d’espaces fonciers protégés de la dynamique de marché (immobilier, "
        "productif…) pour garantir un désintéressement politique favorable à une large inclusion citoyenne"
    )
    short = label(long)
    assert words(short) <= 12 and ends_whole(short)
    assert short.startswith("Financer") and "pour garantir" not in short
    assert all(w in long.replace("’", "'") or w in long for w in short.split())


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
    # ben and cat restated it: they are among its authors, not its supporters; zoe counts once
    assert monnaie.authors == ["ana", "ben", "cat"]
    assert monnaie.likers == ["zoe"]
    assert monnaie.supporters == 1
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
    assert [p.text for p in proposals] == ["Publish the meeting notes every week"]
    assert proposals[0].full == "We should publish the meeting notes every week."
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
        "Please add more context to your query, we cannot see the error.",
        "I request you to please consider my submission, the portal closed early.",
        "Please give us the date and agenda of the next session.",
        "I recommend attending the revision session on Thursday.",
        "I would like to bring to your attention that the exam portal did not allow multiple selections.",
        "As per the email from the course team we should round the answer to two decimals.",
        "Selon le règlement, on doit rendre les clés avant vingt heures.",
        "Should we open the quiz in a private window? Kindly help",
        "Et si je rouvre le lien en navigation privée ? Aidez-moi svp",
        "my question is if it runs for every file then why not for the last one @tutor",
        "Ma question c'est si ça marche pour les autres fichiers alors pourquoi ne pas le faire pour celui-ci",
        "It is something we should look into, but the students already have a lot to learn.",
        "C'est quelque chose que nous devrions regarder, mais le programme est déjà chargé.",
        "In the grading notebook the path of the sample file is different from the real one, please change it",
        "The deadline on the calendar page does not match the one in the announcement, kindly fix it.",
        "Dans le carnet de correction, l'adresse du fichier d'exemple est différente de la vraie, merci de la changer.",
        "Le lien du formulaire d'inscription ne marche plus, pourriez-vous le remplacer ?",
        "The sign-up sheet does not solve it, because late entries must be allowed until the day before.",
        "The release notes list a dozen fixes that we could backport to last year's version.",
        "Can you give more information on the error you see?",
        "Le tableur ne règle rien, parce que nous devons de toute façon réserver les salles une semaine avant.",
        "I've opened a pull request that adds the margin filter to the editor.",
        "So, we could only use these methods if the image has no transform applied.",
        "If anyone has tried it on real scans, it would be great to learn about it.",
        "I would like to use the vmtk library to extract the centerline of the airways.",
        "To have an image for CI, I suggest to build on the following work:\n\n"
        "- from @ann: [dockerfiles/ci at main · ann/dockerfiles · GitHub](https://github.com/ann/dockerfiles)\n"
        "- from @bo: [GitHub - bo/docker-gl: A docker image with OpenGL](https://github.com/bo/docker-gl)",
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
        "My suggestion would be to add short exercises after each module.",
        "Sir, can you at least extend the quiz time to one hour?",
        "The Monday slot is wrong for most volunteers, we should move the meeting to Thursday.",
        "Pourriez-vous ajouter les liens des visios au compte-rendu ?",
        "Serait-il possible de publier les notes avant la réunion ?",
        "Le créneau du lundi ne convient pas et ne marche pas pour les bénévoles, il faudrait passer au jeudi.",
        "We should extend the deadline, because the portal was down all weekend.",
        "Because the portal was down all weekend, we should extend the deadline.",
        "I think that we could backport these fixes to last year's release.",
        "Il faudrait décaler la réunion, parce que la moitié du groupe sera en congés.",
        "It might be nice if the agenda went out a week before each meeting.",
        "It would be better for the board to vote before the summer break.",
        "The simplest fix would be to move the workshop to the big room.",
        "I would be a +1 for moving the monthly call to Thursdays.",
        "Maybe we can ask the town hall for the empty shop on the square.",
        "Should we rename the category to Workshops?",
        "I would like to be able to hide the shadows in the 3D view.",
        "We think, because the places are fragile, that we should fund them more.",
        "Nous pensons, parce que les lieux sont fragiles, qu'il faut les financer davantage.",
    ],
)
def test_proposals(raw):
    assert len(read_post(make_post(2, "x", raw)).candidates) == 1


@pytest.mark.parametrize(
    ("raw", "lead"),
    [
        (
            "same problem for me, the grader gave only 3 marks . please extend the quiz by two days so we can finish.",
            "please extend the quiz by two days so we can finish.",
        ),
        (
            "Here is the list of members who replied below. @tutor could you please add one mark to each of them?",
            "@tutor could you please add one mark to each of them?",
        ),
        (
            "Voici la liste des membres qui ont répondu. @prof il faudrait ajouter un point à chacun d'eux.",
            "@prof il faudrait ajouter un point à chacun d'eux.",
        ),
    ],
)
def test_a_sentence_ends_at_a_mark_standing_alone_or_before_a_mention(raw, lead):
    assert [c.lead for c in read_post(make_post(2, "x", raw)).candidates] == [lead]


async def test_a_question_answered_lists_no_proposal():
    """A help thread: one member's problem, advice in answer, a lone request about one's own case."""
    posts = (
        make_post(1, "ann", "My notebook fails on the third cell with a key error. What am I doing wrong?"),
        make_post(2, "tutor", "Please share the full traceback. It would be good to run the cells in order."),
        make_post(3, "ann", "Thanks, it works now. Could the staff please reopen the form for me?"),
        make_post(4, "tutor", "Glad it works. It would be best to restart the kernel first."),
    )
    topic = Topic(1, "Key error in notebook", posts=posts)
    assert await rank_proposals(topic, make_ctx([topic], likers={}, language="en")) == []


async def test_a_lone_request_is_listed_once_the_group_takes_it_up():
    request = make_post(1, "ann", "Please move the quiz to next week, the project is due the same day.")
    alone = Topic(1, "Quiz date", posts=(request,))
    assert await rank_proposals(alone, make_ctx([alone], likers={}, language="en")) == []
    backed = Topic(1, "Quiz date", posts=(request, make_post(2, "bo", "Yes sir please, same for the whole batch.")))
    proposals = await rank_proposals(backed, make_ctx([backed], likers={}, language="en"))
    assert [p.text for p in proposals] == ["Move the quiz to next week"]
    assert proposals[0].endorsers == ["bo"]
    for plea in ("Yes sir it will help us plan the project week.", "Oui svp, le projet tombe le même jour."):
        pleaded = Topic(1, "Quiz date", posts=(request, make_post(2, "cy", plea, reply_to_post_number=1)))
        backers = await rank_proposals(pleaded, make_ctx([pleaded], likers={}, language="en"))
        assert [p.endorsers for p in backers] == [["cy"]]


SAME_REQUEST_IN_OTHER_WORDS = {
    "en": (
        "The final exam is in one week and we have very little practice material for it.",
        "Please publish the practice test as soon as possible, the syllabus changed this year.",
        "Please publish the practice test or share the sample papers of this syllabus.",
        "Please add a second lab slot on Saturday for those who work on weekdays.",
        "Yes please, same for the whole batch.",
        ("practice test", "lab slot"),
    ),
    "fr": (
        "L'examen final a lieu dans une semaine et nous avons très peu de sujets d'entraînement.",
        "Il faudrait publier le sujet blanc au plus vite, le programme a changé cette année.",
        "Il faudrait publier le sujet blanc ou partager les annales du nouveau programme.",
        "Il faudrait ouvrir un second créneau de TP le samedi pour ceux qui travaillent.",
        "Je soutiens, pareil pour toute la promo.",
        ("sujet blanc", "créneau"),
    ),
}


@pytest.mark.parametrize("language", sorted(SAME_REQUEST_IN_OTHER_WORDS))
async def test_one_request_asked_in_other_words_with_urgency_is_one_proposal(language: str):
    *texts, (asked, other) = SAME_REQUEST_IN_OTHER_WORDS[language]
    posts = tuple(
        make_post(n, f"member{n}", text, reply_to_post_number=2 if n == 5 else None) for n, text in enumerate(texts, 1)
    )
    topic = Topic(1, "Final exam", posts=posts)
    proposals = await rank_proposals(topic, make_ctx([topic], likers={}, language=language))
    same = [p for p in proposals if asked in p.text.lower()]
    assert len(same) == 1 and same[0].post_numbers == [2, 3]
    assert any(other in p.text for p in proposals)  # another request is not joined to it


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
    # a new heading closes the list: what comes under it is read on its own words
    then = (
        "To compare the two drafts we need:\n\n- The word count of each chapter\n\n"
        "Right answers:\n\n- Chapter two keeps its original title\n\n- Chapter three was shortened twice"
    )
    assert [c.text for c in read_post(make_post(2, "x", then)).candidates] == ["The word count of each chapter"]


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
    # the label links to the post that states it in full, one click away
    assert "[Animer la coopération et la mise en commun](/t/-/1/10)" in md
    assert "Soutien partagé" in md and "[#14](/t/-/1/14)" in md
    assert str(len(proposals) - 10) in md.splitlines()[-1]
    parsed = list(csv.DictReader(io.StringIO(render(proposals, "csv", "fr"))))
    assert len(parsed) == len(proposals)
    assert parsed[0]["rank"] == "1" and int(parsed[0]["supporters"]) == proposals[0].supporters
    assert parsed[0]["full"] == proposals[0].full
    data = json.loads(render(proposals, "json", "en"))
    assert [p["text"] for p in data["proposals"]] == [p.text for p in proposals]
    assert data["proposals"][0]["links"][0].startswith("/t/-/1/")
    with pytest.raises(ValueError):
        render(proposals, "xml", "fr")  # type: ignore[arg-type]


def test_render_escapes_table_cells_and_handles_no_proposal():
    from handlers.proposals import Proposal

    md = render([Proposal("Choisir A | B @tous [quote]", "ann", 3, [2], 1)], "md", "en")
    row = next(line for line in md.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 4 and "A \\| B" in row  # the pipe does not split the row
    assert "@tous" not in md and "[quote]" not in md and "\\[quote\\]" in md
    assert render([], "md", "en") == make_ctx(language="en").t("proposals.none")


# --- the command, the cache ----------------------------------------------------------------------


async def mention(topic: Topic, ctx, command: str = "propositions") -> list:
    """The command through the real dispatcher."""
    asker = make_post(30, "membre", f"@scribe {command}", topic_id=topic.id)
    simulation = Simulation(Dispatcher([proposals.router, help.router]), ctx.settings, ctx.forum, state_of(ctx))
    actions = await simulation.feed(PostCreated(asker), ctx.now)
    return feature_actions(actions + await simulation.fire_until(ctx.now))


async def test_command_replies_at_once_with_the_table_and_remembers_it():
    topic = seed_topic()
    ctx = make_ctx([topic])
    actions = await mention(topic, ctx)
    replies = [a for a in actions if isinstance(a, ReplyToPost)]
    assert len(replies) == 1 and not any(isinstance(a, ScheduleTimer) for a in actions)
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


async def test_cache_is_kept_when_a_post_says_nothing_and_recomputed_when_likes_change():
    topic = seed_topic()
    first = await ranked(topic, make_ctx([topic]))
    (remember,) = first.remember
    memory = {"proposals": {"topic:1": remember.value}}
    asking = make_post(40, "membre", "@scribe propositions merci !", topic_id=1, like_count=3)
    longer = replace(topic, posts=(*topic.posts, asking))
    same = await ranked(longer, make_ctx([longer], memory=memory))
    assert same.remember == [] and [p.text for p in same.proposals] == [p.text for p in first.proposals]
    post_10 = topic.post(10)
    liked = replace(topic, posts=tuple(replace(p, like_count=20) if p is post_10 else p for p in topic.posts))
    fresh = await ranked(liked, make_ctx([liked], memory=memory))
    (stored,) = fresh.remember
    assert stored.value["fingerprint"] != remember.value["fingerprint"]
    assert fresh.proposals[0].post_numbers == [10] and fresh.proposals[0].supporters == 20


async def test_a_deleted_post_leaves_the_cache():
    topic = seed_topic()
    (remember,) = (await ranked(topic, make_ctx([topic]))).remember
    memory = {"proposals": {"topic:1": remember.value}}
    gone = replace(topic.post(14), deleted=True)
    actions = await forget_removed(PostEdited(gone), make_ctx([topic], memory=memory))
    assert actions == [Remember("proposals", "topic:1", None)]
    assert await forget_removed(PostEdited(gone), make_ctx([topic])) == []
    without = replace(topic, posts=tuple(p for p in topic.posts if p.post_number != 14))
    proposals = await rank_proposals(without, make_ctx([without], memory=memory))
    assert all(14 not in p.post_numbers for p in proposals)
    assert entries_with(proposals, "SAS classique") == []  # the synthesis alone proposes nothing


async def test_a_post_asking_the_same_thing_twice_is_one_idea():
    posts = (
        make_post(1, "teacher", "Answers saved after the end of the quiz at 5 pm will not be graded, as announced."),
        make_post(
            2,
            "ravi",
            "Please reconsider this decision. My connection dropped while I was saving at 5 pm sharp. "
            "Please reconsider if possible.",
            like_count=1,
        ),
        make_post(3, "mina", "We should publish the saving rules before the next quiz starts."),
    )
    topic = Topic(1, "Quiz grading", posts=posts)
    proposals = await rank_proposals(topic, make_ctx([topic], likers={1002: ["zoe"]}))
    assert len(entries_with(proposals, "reconsider")) == 1
    assert len(entries_with(proposals, "saving rules")) == 1
