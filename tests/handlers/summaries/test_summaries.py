"""Syntheses: the offline path, the checks, posting, periodic runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.actions import CreateTopic, Remember, ReplyToPost, ScheduleTimer
from bot.ctx import ReadOnlyMemory
from bot.dispatch import Dispatcher
from bot.events import MentionReceived, TickFired
from bot.models import Category
from bot.replay import Simulation
from bot.state import MemoryState
from bot.text import fold
from handlers import help, summaries
from handlers.meetings.meeting import Meeting
from handlers.proposals import Proposal
from handlers.summaries import periodic, synthesize
from handlers.summaries.check import check_draft
from handlers.summaries.model import Draft, Point, Position, ProposalRef, Quote, Synthesis, Theme
from handlers.summaries.render import render_synthesis, summary_title
from tests.handler_kit import feature_actions, make_ctx, make_post, seed_topic, state_of
from tests.summaries_kit import ENGLISH, T0, live_mentions, thread, with_forum


async def test_offline_seed_synthesis_reads_every_post_in_french():
    topic = seed_topic()
    ctx = make_ctx([topic])
    s = await synthesize(topic, ctx)
    assert s.method == "offline" and s.language == "fr"
    assert s.covered_post_numbers == [p.post_number for p in topic.posts]
    # a theme is named only after a phrase (never a lone word) that each of its points says
    for theme in (t for t in s.themes if t.title):
        assert len(theme.title.split()) >= 2
        assert all(fold(theme.title.split()[0])[:5] in fold(p.text) for p in theme.points)
    valid = {p.post_number for p in topic.posts}
    for point in s.points():
        assert point.post_numbers and set(point.post_numbers) <= valid
        assert point.holders and point.holders[0] == topic.post(point.post_numbers[0]).username
    # the sentence repeated by the synthesis post 18 is credited to its author (post 9) and to 18
    assert any(p.post_numbers[:2] == [9, 18] for p in s.points())
    # the question asked last in the thread (post 20) is an open question
    assert any(20 in p.post_numbers for p in s.open_questions)
    # no member may decide here; the visio reports and the form contributions come next
    assert s.decisions == []
    assert [p.post_numbers[0] for p in s.next_steps].count(19) == 2
    # the proposals feature's proposals, several contributors' (not one long post's whole list),
    # each given as the sentence that states it when short, never repeated among the positions
    assert len({p.post_numbers[0] for p in s.proposals}) >= 4
    positions = {fold(p.text) for t in s.themes for p in t.points}
    assert not positions & {fold(p.text) for p in s.proposals}
    assert any(p.text.startswith("Selon nous, les tiers-lieux ne devraient pas être financés") for p in s.proposals)
    raw = render_synthesis(s)
    assert "## Positions" in raw and "## Propositions" in raw and "## Et ensuite" in raw and "/t/-/1/9" in raw
    assert "[Tetris](/u/Tetris)" in raw
    assert live_mentions(raw) == [] and "<" not in raw
    # greetings, thanks, +1 and link requests are never content
    for noise in ("il manque le lien", "Exact +1", "Bonjour", "Salut", "merci @Remy"):
        assert noise not in raw
    # themes are never the title's words or usernames
    for theme in s.themes:
        assert theme.title.lower() not in {"tiers-lieux", "politique", "publique", "simon", "tetris"}


async def test_offline_english_thread_renders_in_english():
    topic = thread(5, ENGLISH, title="Meeting day")
    s = await synthesize(topic, make_ctx([topic]))
    assert s.language == "en"
    raw = render_synthesis(s)
    assert raw.startswith("Summary of the topic") and "## Positions" in raw and "Propositions" not in raw
    # the question is the opening post's
    assert s.question.startswith("Should we move the weekly meeting to Thursday evenings?")
    # the objection (post 3) is attached to a position, with its author
    objections = [o for t in s.themes for p in t.points for o in p.objections]
    assert any(o.post_numbers[0] == 3 and o.holders == ["carol"] for o in objections)
    assert "_Objection:_" in raw


async def test_an_objection_is_attached_to_the_post_it_replies_to_not_the_nearest():
    texts = [
        ("alice", "Should the garden committee change how plots are shared next spring?"),
        ("bob", "Plots should be drawn by lot every spring, so that newcomers get a fair chance at the sunny beds."),
        ("carol", "Sunny beds should go to the families who grow vegetables for the food bank every spring."),
        ("dave", "I disagree: a lottery every spring means nobody can plan perennial beds or improve the soil."),
        ("erin", "I disagree that anything must change: sunny beds for food bank families work fine every spring."),
    ]
    topic = thread(15, texts, title="Garden plots")
    answered = {4: 2, 5: 1}  # erin answers the opening question, which states no position
    posts = tuple(replace(p, reply_to_post_number=answered.get(p.post_number)) for p in topic.posts)
    s = await synthesize(replace(topic, posts=posts), make_ctx([topic], language="en"))
    by_post = {p.post_numbers[0]: p for t in s.themes for p in t.points}
    assert [o.post_numbers for o in by_post[2].objections] == [[4]]
    assert by_post[3].objections == []  # nearer and more alike, but not what erin answered
    assert 5 in by_post and by_post[5].holders == ["erin"]


async def test_decisions_come_from_staff_posts_not_the_title():
    texts = [
        *ENGLISH,
        ("mod", "We have decided to keep Monday mornings and the repair cafe will start one hour later."),
    ]
    topic = thread(6, texts, title="Meeting moved to Thursday")
    staff_post = replace(topic.posts[-1], moderator=True)
    topic = replace(topic, posts=(*topic.posts[:-1], staff_post))
    s = await synthesize(topic, make_ctx([topic]))
    assert [p.post_numbers[0] for p in s.decisions] == [7] and s.decisions[0].holders == ["mod"]
    member_topic = thread(7, texts, title="Meeting moved to Thursday")
    assert (await synthesize(member_topic, make_ctx([member_topic]))).decisions == []


async def test_the_latest_decision_wins_and_a_request_is_never_one():
    texts = [
        ("student", "Sir please extend the deadline of the project, we will not be able to finish it in time."),
        ("other", "Same here, we really need more time for the project submission please."),
        ("staff1", "The project deadline will not be extended, the dates were fixed before the term."),
        ("student", "Sir but it will badly affect our grades, please reconsider the project deadline."),
        ("staff1", "Update: the project deadline has been extended by two days for everyone, to Sunday."),
    ]
    topic = thread(8, texts, title="Project deadline extension")
    posts = tuple(replace(p, moderator=True) if p.username == "staff1" else p for p in topic.posts)
    topic = replace(topic, posts=posts)
    s = await synthesize(topic, make_ctx([topic]))
    assert [d.post_numbers[0] for d in s.decisions] == [5]
    assert s.question.startswith("Sir please extend the deadline")


async def test_the_answer_the_author_accepted_is_the_outcome():
    texts = [
        ("asker", "My score for the second assignment is not showing on the dashboard, what should I do?"),
        ("helper", "Scores on the dashboard are refreshed every Monday, your score will appear then."),
        ("asker", "Thank you sir!"),
    ]
    topic = thread(9, texts, title="Score not showing")
    posts = tuple(replace(p, accepted_answer=True) if p.post_number == 2 else p for p in topic.posts)
    s = await synthesize(replace(topic, posts=posts), make_ctx([topic]))
    assert [d.post_numbers for d in s.decisions] == [[2]]
    assert all("Thank" not in p.text for p in s.points())


async def test_an_answer_given_again_to_each_member_is_one_point_citing_every_post():
    texts = [
        ("asker", "My quiz score is missing from the dashboard although the portal shows it, can someone check?"),
        ("staff1", "We will fix it in the dashboard, thanks for bringing it to our attention."),
        ("member2", "Same for me, the dashboard shows me absent for the second quiz even though I submitted."),
        ("staff1", "We will fix it on the dashboard."),
        ("member3", "The dashboard shows absent for my third quiz, the portal has the right marks."),
        ("staff1", "We will fix it in dashboard and thanks for bringing it to our attention."),
        ("member4", "Could the dashboard also show the bonus marks of the fourth week once it is corrected?"),
    ]
    topic = thread(12, texts, title="Dashboard scores")
    posts = tuple(replace(p, moderator=True) if p.username == "staff1" else p for p in topic.posts)
    topic = replace(topic, posts=posts)
    s = await synthesize(topic, make_ctx([topic], language="en"))
    fixes = [p for p in s.points() if "fix it" in p.text]
    assert len(fixes) == 1
    assert fixes[0].post_numbers == [2, 4, 6] and fixes[0].holders[0] == "staff1"


async def test_the_question_is_never_a_statement():
    statement = [
        ("ann", "I saved the third quiz twice yesterday evening. The dashboard still shows zero for that week."),
        ("bo", "The dashboard is refreshed every Monday, so it should appear then."),
    ]
    topic = thread(13, statement, title="Quiz score shows zero")
    s = await synthesize(topic, make_ctx([topic], language="en"))
    assert s.question == "Quiz score shows zero"
    assert "**Topic:** Quiz score shows zero" in render_synthesis(s)
    request = [("ann", "Hello sir. The lab closes early on Fridays. Kindly keep the lab open until eight on Fridays.")]
    topic = thread(14, [*request, statement[1]], title="Lab hours")
    s = await synthesize(topic, make_ctx([topic], language="en"))
    assert s.question == "Kindly keep the lab open until eight on Fridays."
    assert "**Request:** Kindly keep" in render_synthesis(s)


async def test_open_questions_leave_out_suggestions_rhetoric_and_asides():
    texts = [
        ("lea", "Comment répartir le budget du jardin partagé entre les quartiers cette année ?"),
        (
            "marc",
            "Et si chaque quartier présentait ses besoins au comité avant le vote du budget ? Avant même de chiffrer ?",
        ),
        ("nina", "Ce budget ressemble à celui de l'an dernier, c'est toujours la même chose, pas vous ?"),
        ("omar", "Il serait utile de publier les dépenses du jardin chaque trimestre (et pourquoi pas en ligne ?)"),
        ("lea", "Qui décide au final de la part donnée aux ateliers pour les enfants du quartier nord ?"),
        ("paul", "Le comité pourrait voter en juin, après avoir reçu les besoins de chaque quartier du jardin."),
    ]
    topic = thread(15, texts, title="Budget du jardin")
    s = await synthesize(topic, make_ctx([topic]))
    asked = [p.text for p in s.open_questions]
    assert any(t.startswith("Qui décide au final") for t in asked)
    # a suggestion put as a question and its follow-up, a question for effect, a bracketed aside: none is asked
    for said in ("Et si chaque quartier", "Avant même de chiffrer", "pas vous", "Il serait utile de publier"):
        assert not any(said in t for t in asked)


async def test_decisions_are_remembered_for_the_digest():
    texts = [
        *ENGLISH,
        ("mod", "We have decided to keep Monday mornings and the repair cafe will start one hour later."),
    ]
    topic = thread(6, texts, title="Meeting day")
    topic = replace(topic, posts=(*topic.posts[:-1], replace(topic.posts[-1], moderator=True)))
    ctx = with_forum(make_ctx(), [topic])
    actions = await summaries.synthesis_actions(topic, ctx)
    remember = next(a for a in actions if isinstance(a, Remember))
    assert remember.value["decisions"] == [
        {
            "topic_id": 6,
            "post_number": 7,
            "username": "mod",
            "text": "We have decided to keep Monday mornings and the repair cafe will start one hour later.",
        }
    ]


def test_times_keep_their_digits_and_only_emoji_codes_go():
    """`:47:` inside "1:47:00" is a time, not an emoji code: a synthesis that wrote "before 100"
    would state a wrong deadline."""
    from handlers.summaries.text import sentences

    assert sentences("Answers before 1:47:00 count, the last one at 13:42:34 :smile: done :100:") == [
        "Answers before 1:47:00 count, the last one at 13:42:34  done"
    ]
    assert sentences('Open till [date=2025-03-02 time=17:00:00 timezone="Asia/Kolkata"]') == [
        'Open till [date=2025-03-02 time=17:00:00 timezone="Asia/Kolkata"]'
    ]
    # Discourse reads a code even when a word follows it, and a skin tone after it.
    assert sentences(":dart:Il faut financer les réseaux locaux\n:+1:t3: d'accord :wave:Merci") == [
        "Il faut financer les réseaux locaux",
        "d'accord Merci",
    ]


def test_a_date_the_thread_wrote_stays_a_date_and_other_tags_go():
    """A sentence quoting a `[date]` keeps it (each reader sees the instant in their own zone),
    never as "(date=… timezone=…)" text; any other tag is still made harmless."""
    from handlers.summaries.check import plain
    from handlers.summaries.model import Synthesis

    date_tag = '[date=2025-03-02 time=17:00:00 timezone="Asia/Kolkata"]'
    assert plain(f"Open till {date_tag} [b]now[/b]", set()) == f"Open till {date_tag} (b)now(/b)"
    raw = render_synthesis(
        Synthesis(topic_id=1, title="T", next_steps=[Point(text=f"Open till {date_tag}", post_numbers=[1])])
    )
    assert f"- Open till {date_tag} (" in raw


def test_a_models_links_keep_their_label_and_lose_their_target():
    """A markdown link keeps its label and loses its URL, an image goes whole, a tag becomes
    parentheses; a `[`, `<` or `(` left open reads as text, however many come before a link."""
    from handlers.summaries.check import CheckReport, plain

    cases = [
        (
            "Voir [le compte rendu](https://exemple.org/cr) et ![photo](https://exemple.org/p.png) avant jeudi",
            "Voir le compte rendu et avant jeudi",
            2,
        ),
        (
            "Read [the notes]() then [b]sign[/b] at <https://evil.example/x> or [unclosed and [x](no end",
            "Read the notes then (b)sign(/b) at or (unclosed and [x)(no end",
            1,
        ),
        ("[" * 50 + " lisez [le plan](https://evil.example/plan) [demain", "[" * 49 + " lisez [le plan [demain", 1),
        (
            '[[[[[ [x [y [z]] see https://evil.example/a.b and www.evil.example here [quote="a"]',
            '[[[[[ (x [y [z)] see and here (quote="a")',
            2,
        ),
        (
            "allez sur a.b-c+d://evil.example/p maintenant <//evil.example> ![image](x",
            "allez sur maintenant !(image)(x",
            2,
        ),
    ]
    for text, expected, dropped in cases:
        report = CheckReport()
        assert (plain(text, set(), report), report.dropped_links) == (expected, dropped), text


def test_noise_is_never_content():
    from bot.text import is_noise

    for text in (
        "Greetings sir!",
        "Hello @AssoTiersLieux il manque le lien d’inscription à la visio ?",
        "Exact +1 il manque le lien dans le post",
        "Thank you so much for the quick reply.",
        "Bonjour tout le monde,",
        "Where is the link for the live session?",
        "Sir could you provide the recording of yesterday's session, it is not on the channel yet",
        "+1",
    ):
        assert is_noise(text), text
    for text in ("Il faut financer les postes de coordination des réseaux.", "The deadline will not be extended."):
        assert not is_noise(text), text


def test_quote_not_in_its_post_is_dropped_and_real_one_kept():
    topic = seed_topic()
    real = "les réseaux peuvent être pensés comme des organisations décentralisées"
    draft = Draft(
        themes=[
            Theme(
                title="Réseaux",
                points=[
                    Position(
                        text="Les réseaux s'appuient sur les lieux.",
                        post_numbers=[10],
                        quote=Quote(post_number=10, text=real),
                    ),
                    Position(
                        text="Un point inventé.",
                        post_numbers=[10],
                        quote=Quote(post_number=10, text="il faut tout arrêter"),
                    ),
                    Position(text="Cité au mauvais message.", post_numbers=[9], quote=Quote(post_number=9, text=real)),
                    Position(text="Sans source réelle.", post_numbers=[99]),
                ],
            )
        ]
    )
    checked, report = check_draft(draft, topic)
    points = checked.themes[0].points
    assert [p.quote.text if p.quote else None for p in points] == [real, None, None]
    assert points[0].quote.username == "membre_f"
    assert report.dropped_quotes == 2 and report.dropped_points == 1


def test_quote_whitespace_is_normalised():
    topic = seed_topic()
    draft = Draft(
        open_questions=[
            Point(
                text="x", post_numbers=[20], quote=Quote(post_number=20, text="Avons nous  réalisé\nune étude d’impact")
            )
        ]
    )
    checked, _ = check_draft(draft, topic)
    assert checked.open_questions[0].quote is not None


def test_links_not_in_the_thread_are_removed():
    topic = seed_topic()
    draft = Draft(next_steps=[Point(text="Inscrivez-vous sur https://evil.example/x maintenant", post_numbers=[6])])
    checked, report = check_draft(draft, topic)
    assert "evil" not in checked.next_steps[0].text and report.dropped_links == 1


def test_a_decision_cited_from_a_member_post_is_dropped():
    topic = seed_topic()
    draft = Draft(decisions=[Point(text="Décision du bureau : dissolution immédiate", post_numbers=[19])])
    checked, report = check_draft(draft, topic)
    assert checked.decisions == [] and report.dropped_decisions == 1


def test_rendering_neutralises_mentions_html_and_bbcode():
    seed_topic()
    from handlers.summaries.model import Synthesis

    s = Synthesis(
        topic_id=1,
        title="T <b>x</b>",
        question="@all venez [/quote] <script>",
        themes=[
            Theme(
                title="@Tetris",
                points=[
                    Position(
                        text="merci @Remy_Seillier",
                        post_numbers=[5],
                        quote=Quote(
                            post_number=5, text="merci @Remy_Seillier tu as gardé ton humour", username="membre_d"
                        ),
                    )
                ],
            )
        ],
        covered_post_numbers=[2, 3],
        highest_post_number=21,
    )
    raw = render_synthesis(s)
    assert live_mentions(raw) == []
    assert "<b>" not in raw and "<script>" not in raw
    assert raw.splitlines().count("[/quote]") == 1 and '[quote="membre_d, post:5, topic:1"]' in raw


def test_links_have_their_own_heading_and_are_never_next_steps():
    """A link a thread carries (a profile, a course page) is no step to come: it is listed under
    its own heading, and a synthesis with links but no step has no "what comes next" heading."""
    from handlers.summaries.model import LinkRef, Synthesis

    only_links = Synthesis(
        topic_id=1,
        title="T",
        links=[LinkRef(url="https://example.org/page", text="La page", post_number=3)],
        covered_post_numbers=[2, 3],
        highest_post_number=3,
    )
    raw = render_synthesis(only_links)
    assert "## Et ensuite" not in raw
    assert raw.index("## Liens utiles") < raw.index("[La page](https://example.org/page)")
    both = only_links.model_copy(update={"next_steps": [Point(text="Réunion jeudi.", post_numbers=[2])]})
    raw = render_synthesis(both)
    steps, rest = raw.split("## Et ensuite")[1].split("## Liens utiles")
    assert "Réunion jeudi." in steps and "example.org" not in steps and "example.org" in rest


def test_a_link_shows_where_it_goes_and_once():
    """A link whose text is another address (a mail tracker behind "https://example.org/exam")
    shows its real address; the same address cited twice is listed once."""
    from handlers.summaries.model import LinkRef, Synthesis

    tracker = "https://click.example.net/ls/click?upn=abc"
    s = Synthesis(
        topic_id=1,
        title="T",
        links=[
            LinkRef(url="https://example.org/exam", text="https://example.org/exam", post_number=1),
            LinkRef(url=tracker, text="https://example.org/exam", post_number=16),
            LinkRef(url="https://example.org/exam", text="exam page", post_number=20),
        ],
        covered_post_numbers=[1, 16, 20],
        highest_post_number=20,
    )
    lines = [line for line in render_synthesis(s).splitlines() if "example" in line]
    assert lines == [
        "- [https://example.org/exam](https://example.org/exam) ([#1](/t/-/1/1))",
        f"- [{tracker}]({tracker}) ([#16](/t/-/1/16))",
    ]


def test_titles_respect_discourse_limits():
    assert summary_title("fr", "Quelles suites ?", 21) == "Synthèse : Quelles suites ? (jusqu'au message 21)"
    assert summary_title("en", "Hi", 3) == "Summary: Hi (forum summary) (up to post 3)"
    assert len(long := summary_title("fr", "x" * 400, 1200)) <= 255 and long.endswith("(jusqu'au message 1200)")
    assert summary_title("fr", "Quelles suites ?", 21) != summary_title("fr", "Quelles suites ?", 30)


async def ask(event: MentionReceived, ctx) -> list:
    """The command through the real dispatcher on in-memory state; the job it starts runs right after."""
    simulation = Simulation(Dispatcher([summaries.router, help.router]), ctx.settings, ctx.forum, state_of(ctx))
    started = feature_actions(await simulation.feed(event, ctx.now))
    assert [type(a) for a in started] == [ScheduleTimer]
    return await simulation.fire_until(ctx.now)


def mention(topic, post_number=30, username="membre_a", command="synthèse"):
    post = make_post(post_number, username, f"@scribe {command}", topic_id=topic.id)
    return MentionReceived(post=post, command=command, args="")


async def test_command_creates_topic_links_it_and_remembers():
    topic = seed_topic()
    ctx = with_forum(make_ctx(summaries={"category_id": 7}), [topic], [Category(7, "Synthèses", "syntheses")])
    actions = await ask(mention(topic), ctx)
    create, note, remember = actions
    assert isinstance(create, CreateTopic) and create.key == "summary:1:21" and create.category_id == 7
    assert create.title.startswith("Synthèse : Quelles suites")
    assert (
        isinstance(note, ReplyToPost) and note.topic_id == 1 and "#syntheses" in note.raw and create.title in note.raw
    )
    assert isinstance(remember, Remember) and remember.namespace == "summaries" and remember.key == "1"
    assert live_mentions(create.raw) == [] and live_mentions(note.raw) == []
    # same state asked again: nothing new is posted
    ctx2 = replace(ctx, memory=ReadOnlyMemory(MemoryState({"summaries": {"1": remember.value}})))
    again = await ask(mention(topic, 31), ctx2)
    assert len(again) == 1 and isinstance(again[0], ReplyToPost) and "déjà à jour" in again[0].raw


async def test_reply_mode_posts_in_the_topic():
    topic = seed_topic()
    ctx = with_forum(make_ctx(summaries={"post_as": "reply"}), [topic])
    actions = await ask(mention(topic), ctx)
    assert [type(a) for a in actions] == [ReplyToPost, Remember]
    assert actions[0].key == "summary:1:21" and "## Positions" in actions[0].raw


async def test_restricted_topic_is_summarised_in_place_not_in_a_public_category():
    topic = replace(seed_topic(), category_id=9)
    cats = [Category(9, "Bureau", "bureau", read_restricted=True), Category(7, "Synthèses", "syntheses")]
    ctx = with_forum(make_ctx(summaries={"category_id": 7}), [topic], cats)
    actions = await ask(mention(topic), ctx)
    assert not any(isinstance(a, CreateTopic) for a in actions)
    assert any(isinstance(a, ReplyToPost) and a.topic_id == 1 and "## Positions" in a.raw for a in actions)


async def test_unlisted_topic_is_summarised_in_place_and_not_by_the_schedule():
    """An unlisted topic is read by those given its address: a synthesis in the public
    summaries category would list it for everyone."""
    topic = replace(seed_topic(), category_id=8, listed=False)
    cats = [Category(8, "Groupes de travail", "groupes"), Category(7, "Synthèses", "syntheses")]
    ctx = with_forum(make_ctx(summaries={"category_id": 7}), [topic], cats)
    actions = await ask(mention(topic), ctx)
    assert not any(isinstance(a, CreateTopic) for a in actions)
    assert any(isinstance(a, ReplyToPost) and a.topic_id == 1 and "## Positions" in a.raw for a in actions)
    ctx = with_forum(make_ctx(summaries={"min_new_posts": 5, "category_id": 7}), [topic], cats)
    assert await periodic(TickFired(name="summaries.periodic", at=T0, key="k"), ctx) == []


async def test_periodic_synthesises_only_topics_with_enough_new_posts():
    busy = thread(2, ENGLISH * 4, title="Meeting day")  # 24 posts
    quiet = thread(3, ENGLISH, title="Quiet one")  # 6 posts
    done = thread(4, ENGLISH * 4, title="Already summarised")
    ctx = with_forum(make_ctx(summaries={"min_new_posts": 20, "category_id": 7}), [busy, quiet, done])
    ctx = replace(
        ctx,
        memory=ReadOnlyMemory(MemoryState({"summaries": {"4": {"highest_post_number": 10, "key": "summary:4:10"}}})),
    )
    actions = await periodic(TickFired(name="summaries.periodic", at=T0, key="k"), ctx)
    created = [a for a in actions if isinstance(a, CreateTopic)]
    assert [a.key for a in created] == ["summary:2:24"]
    notices = [a for a in actions if isinstance(a, ReplyToPost)]
    assert notices and notices[0].topic_id == 2 and notices[0].key == "summary:2:24:notice"


async def test_proposals_hook_ranks_by_support():
    topic = seed_topic()
    proposals = [
        Proposal("Appel à communs plutôt qu'à projets", "a", 1, [12, 14], 3),
        Proposal("Financer les postes de coordination", "b", 1, [10, 18], 9),
    ]
    s = await synthesize(topic, make_ctx([topic]), proposals=proposals)
    assert [p.supporters for p in s.proposals] == [9, 3]
    assert [p.author for p in s.proposals] == ["b", "a"]
    raw = render_synthesis(s)
    assert raw.index("## Positions") < raw.index("## Propositions")
    assert (
        raw.index("Financer les postes") < raw.index("Appel à communs") or s.proposals[0].theme != s.proposals[1].theme
    )


async def test_meetings_from_memory_upcoming_only():
    topic = seed_topic()

    def meeting(mid: str, title: str, topic_id: int, starts: datetime, cancelled: bool = False) -> Meeting:
        link = "https://visio.example/abc" if mid == "m1" else None
        return Meeting(
            mid, title, starts, None, "Europe/Paris", False, link, topic_id, 6, 1006, "orga", None, "prose", cancelled
        )

    records = [
        meeting("m1", "Visio de suivi", 1, datetime(2026, 12, 3, 16, 0, tzinfo=UTC)),
        meeting("m2", "Passée", 1, datetime(2026, 1, 1, 16, 0, tzinfo=UTC)),
        meeting("m3", "Annulée", 1, datetime(2026, 12, 4, 16, 0, tzinfo=UTC), cancelled=True),
        meeting("m4", "Autre sujet", 2, datetime(2026, 12, 4, 16, 0, tzinfo=UTC)),
    ]
    memory = {"meetings": {m.id: m.to_json() for m in records}}
    s = await synthesize(topic, make_ctx([topic], memory=memory))
    assert [m.title for m in s.meetings] == ["Visio de suivi"]
    assert '[date=2026-12-03 time=17:00:00 timezone="Europe/Paris"]' in render_synthesis(s)


async def test_outcome_evaluation_scores_the_labelled_seed(tmp_path):
    from handlers.summaries.evaluate import bad_theme, evaluate

    scores = await evaluate(synthesize, corpus=tmp_path)  # no real topic there: the seed alone
    assert scores["tuning"].without_outcome == 1 and scores["tuning"].false_decisions == 0
    assert scores["check"].with_outcome == scores["check"].without_outcome == 0
    topic = seed_topic()
    assert bad_theme("Greetings sir", topic) and bad_theme("Tetris", topic) and bad_theme("Tiers-lieux", topic)
    assert not bad_theme("Réseaux régionaux", topic)


def test_a_proposal_of_a_long_post_shows_its_likes_as_shared_support_not_as_zero_supporters() -> None:
    refs = [
        ProposalRef(text="Financer les agoras", supporters=0, shared=7, post_numbers=[14], author="Simon"),
        ProposalRef(text="Animer la coopération", supporters=2, post_numbers=[10], author="membre_f"),
        ProposalRef(text="Une idée sans écho", post_numbers=[16], author="membre_m"),
    ]
    raw = render_synthesis(Synthesis(topic_id=1, title="Débat", proposals=refs))
    agoras, cooperation, alone = (line for line in raw.splitlines() if line.startswith("- "))
    assert "7 « J'aime » sur un message à plusieurs idées" in agoras and "soutien" not in agoras
    assert "2 soutien(s)" in cooperation
    assert "soutien" not in alone and "J'aime" not in alone


def test_a_proposal_joins_a_theme_only_when_it_says_its_phrase() -> None:
    from handlers.summaries.offline import theme_for

    point = Position(text="The mock exam should open a week before the end term.", post_numbers=[2])
    themes = [Theme(title="Mock exam", points=[point]), Theme(title="", points=[point])]
    assert theme_for("Release the mock exam early", themes) == "Mock exam"
    assert theme_for("Release the exam schedule early", themes) == ""


async def test_a_doubt_that_leads_into_a_list_is_no_position():
    textes = [
        ("camille", "Comment répartir le budget du réseau entre les lieux cette année ?"),
        ("remi", "Il faut garder une part fixe pour chaque lieu, sinon les petits lieux disparaîtront vite."),
        ("lea", "Je m'interroge sur ce qui est le mieux :\n\n- une part fixe\n- une part au projet"),
        ("tom", "Je doute qu'une part fixe suffise aux lieux qui emploient des salariés toute l'année."),
    ]
    topic = thread(60, textes, title="Budget du réseau")
    s = await synthesize(topic, make_ctx([topic], language="fr"))
    said = [p.text for t in s.themes for p in t.points] + [
        o.text for t in s.themes for p in t.points for o in p.objections
    ]
    assert not any(text.rstrip().endswith(":") for text in said)
    assert any("part fixe suffise" in text for text in said)


def test_key_links_leave_out_templates_and_links_carrying_a_personal_token():
    from handlers.summaries import key_links

    texts = [
        (
            "teacher",
            "The assignment is on https://exam.example.org/course-ga4 and the action must live in "
            "https://github.com/USER/REPO/actions (your own repository).",
        ),
        ("student", "The mail said to click https://mail.example.org/ls/click?upn=u001.Zx9dweuQKJW5SH8 to confirm."),
        ("student2", "Same mail here: https://mail.example.org/ls/click?upn=u001.Zx9dweuQKJW5SH8"),
    ]
    urls = [ref.url for ref in key_links(thread(61, texts, title="GA4"))]
    assert urls == ["https://exam.example.org/course-ga4"]


async def test_the_debated_question_asked_again_is_not_an_open_question():
    title = "Quel avenir pour le fonds de soutien aux lieux ruraux après cette année ?"
    textes = [
        ("camille", "Le fonds de soutien aux lieux ruraux s'arrête en décembre, faut-il le prolonger ?"),
        ("remi", "Il faut le prolonger de deux ans, les lieux ruraux n'ont aucune autre aide pour leurs salariés."),
        ("lea", "J'ai tout relu, voici où nous en sommes, à mon avis.\n\n" + title + "\n\nDonc : décider avant l'été."),
        ("tom", "Qui peut porter la demande de prolongation auprès de la région avant la fin du mois ?"),
    ]
    s = await synthesize(thread(62, textes, title=title), make_ctx([], language="fr"))
    asked = [fold(q.text) for q in s.open_questions]
    assert fold(title) not in asked and any("porter la demande" in q for q in asked)


async def test_a_next_step_set_yesterday_is_stale_once_the_thread_went_on_for_days():
    texts = [
        ("student", "Where can we find the material of the second module, the page seems empty to me?"),
        ("helper", "Also check the recording from yesterday's session, the slides are shown at the end."),
        ("student", "I still cannot open the slides of the second module on the course page."),
        ("other", "Is the third module also out, I cannot see its page on the course site either?"),
        ("teacher", "The recording of the third module will be published on the course page next week."),
    ]
    topic = thread(63, texts, title="Second module", moderators=frozenset({"teacher"}))
    days = (0, 0, 5, 6, 6)
    posts = tuple(
        replace(p, created_at=T0 + timedelta(days=d, hours=p.post_number))
        for p, d in zip(topic.posts, days, strict=True)
    )
    s = await synthesize(replace(topic, posts=posts), make_ctx([], language="en"))
    steps = [n.text for n in (*s.decisions, *s.next_steps)]  # staff's "will be published" is a decision
    assert not any("yesterday" in text for text in steps)
    assert any("third module" in text for text in steps)


def test_a_sentence_ending_inside_a_quotation_does_not_end_the_sentence_quoting_it():
    from handlers.summaries.text import sentences

    said = 'Also what does this " It is hard to convert. Any method needs care." mean. The rest is clear.'
    assert sentences(said) == [
        'Also what does this " It is hard to convert. Any method needs care." mean.',
        "The rest is clear.",
    ]
    assert sentences("Il a écrit « C'est fini. On rentre. » hier soir. Puis plus rien.") == [
        "Il a écrit « C'est fini. On rentre. » hier soir.",
        "Puis plus rien.",
    ]
    assert sentences('A 5" screen is small. The next one is larger.') == [
        'A 5" screen is small.',
        "The next one is larger.",
    ]


async def test_a_proposal_pointing_at_what_it_changes_is_not_listed_in_the_synthesis():
    topic = seed_topic()
    proposals = [
        Proposal("Please reconsider this decision", "a", 1, [12], 4),
        Proposal("Allow us to submit it again", "b", 1, [14], 3),
        Proposal("Revoir ça au prochain conseil", "c", 1, [15], 2),
        Proposal("Extend the lab deadline by two days as this was due to an outage", "d", 1, [10], 1),
        Proposal("Financer les postes de coordination", "e", 1, [18], 1),
    ]
    s = await synthesize(topic, make_ctx([topic]), proposals=proposals)
    assert [p.author for p in s.proposals] == ["d", "e"]
