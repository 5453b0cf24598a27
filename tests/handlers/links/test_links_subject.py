"""A document asked about one thing is not answered with a link about another; a recording asked before the
topic's sessions were held is not answered with an older video."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Post, Topic
from handlers.links.bursts import group_of, request_groups
from handlers.links.decision import Decision, decide
from handlers.links.subject import asked_about, off_subject, theme, words_of
from handlers.meetings.meeting import Meeting
from tests.handler_kit import make_post

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)

RELEASE = (
    "The contour tool is released in the latest preview. To try it without your own scans, load public images "
    "with the [sample browser](https://example.org/documentation/SampleBrowser)."
)


def _decided(posts: list[Post], title: str, meetings: list[Meeting] | None = None) -> Decision:
    """scribe's decision on the burst of requests the topic's last post opens."""
    topic = Topic(id=7, title=title, posts=tuple(posts), created_by=posts[0].username)
    group = group_of(request_groups(topic, "scribe", order="MDY"), posts[-1].post_number)
    assert group is not None
    return decide(topic, group, "scribe", meetings or [])


def _post(number: int, user: str, raw: str, hours: int = 0) -> Post:
    """A post of the topic these tests read, `hours` after its opening."""
    return make_post(number, user, raw, topic_id=7, created_at=T0 + hours * HOUR)


def _asked_after(opening: tuple[str, str], asking: str) -> list[Post]:
    """An opening post by its author, and a member's request an hour later."""
    return [_post(1, *opening), _post(2, "ann", asking, hours=1)]


@pytest.mark.parametrize(
    ("asking", "action"),
    [
        ("How can I train my own kidney model? Are there any materials available?", "silent"),
        ("Are there any materials on loading public images in the sample browser?", "answer"),
    ],
)
def test_a_document_asked_about_one_thing_is_not_answered_with_a_link_about_another(asking: str, action: str) -> None:
    decision = _decided(_asked_after(("dev", RELEASE), asking), "Contour tool released")
    assert decision.action == action
    if action == "silent":
        assert decision.why is not None and decision.why.key == "off_subject"


def test_what_a_bare_ask_is_about_is_the_question_just_before_it() -> None:
    text = "Thanks for the release. How can I train my own kidney model? Is there any tutorial?"
    assert asked_about("is there any tutorial", text) == words_of("train kidney model")
    assert asked_about("is there any tutorial", "Is there any tutorial?") == set()


def test_the_topics_theme_tells_no_link_apart() -> None:
    posts = [f"post {i} about segmentation of the heart" for i in range(8)] + ["a word on kidneys"]
    common = theme(posts)
    assert words_of("segmentation") <= common
    assert not words_of("kidneys") & common
    asked = [words_of("segmentation of kidneys")]
    assert off_subject(asked, words_of("segmentation of the heart"), common) == words_of("kidneys")
    assert off_subject(asked, words_of("kidney atlas"), common) == set()


def _workshop(start: datetime) -> Meeting:
    return Meeting(
        id="7:1",
        title="Workshop",
        start=start,
        end=None,
        tz="UTC",
        all_day=False,
        link=None,
        topic_id=7,
        post_number=1,
        post_id=7001,
        author="dev",
    )


@pytest.mark.parametrize(("starts_at", "action"), [(T0 + 6 * HOUR, "silent"), (T0 + 2 * HOUR, "answer")])
def test_a_recording_asked_before_the_only_session_is_held_is_not_an_older_video(
    starts_at: datetime, action: str
) -> None:
    posts = [
        _post(1, "dev", "Workshop on contouring, online, see you there."),
        _post(2, "dev", "Workshop recording: https://www.youtube.com/watch?v=abcdefghijk", hours=3),
        _post(3, "ann", "I could not attend live. Is there a recording available?", hours=4),
    ]
    decision = _decided(posts, "Contouring workshop", [_workshop(starts_at)])
    assert decision.action == action, decision.why
    if action == "silent":
        assert decision.why is not None and decision.why.key == "not_held_yet"


ANNOUNCE = "Online meeting on Thursday 6 pm for the whole group."


@pytest.mark.parametrize(
    ("asking", "action"),
    [
        ("Is there any facility for attending the session online?", "silent"),
        ("Can you please suggest some good courses and resources for this?", "silent"),
        ("Where is the link to join the session online?", "ask"),
        ("I recommend this meeting to all, where is the link to join it?", "ask"),
    ],
)
def test_asking_whether_a_thing_exists_pings_no_announcer(asking: str, action: str) -> None:
    decision = _decided(_asked_after(("host", ANNOUNCE), asking), "Workshop")
    assert decision.action == action, decision.why
    assert decision.who == "host"


@pytest.mark.parametrize(("link", "action"), [(" [here](https://example.org/format.html)", "silent"), ("", "ask")])
def test_a_request_quoting_a_post_that_carries_its_link_asks_nobody(link: str, action: str) -> None:
    """The quote of "…is available here." loses its link: the post quoted has it, so nobody is asked to add one."""
    posts = [
        _post(1, "host", ANNOUNCE),
        _post(2, "bob", f"The file format of the session is described{link}.", hours=1),
        _post(
            3,
            "ann",
            '[quote="bob, post:2, topic:7"]\nThe file format of the session is described here.\n[/quote]\n\n'
            "There is no link attached, where is the link?",
            hours=2,
        ),
    ]
    decision = _decided(posts, "Workshop")
    assert decision.action == action, decision.why


@pytest.mark.parametrize(("since", "action"), [(True, "silent"), (False, "answer")])
def test_a_member_asked_for_a_link_to_what_they_just_said_is_not_answered_with_an_older_one(
    since: bool, action: str
) -> None:
    """ "@ann can you add a link here?" right after ann's "I posted it on the project page": the link asked is for
    what ann said, not the opening post's."""
    posts = [
        _post(1, "ann", "Where are the papers on mapping? The [project site](https://example.org) lists some."),
        _post(2, "bob", "Send us yours and we will add it.", hours=1),
    ]
    if since:
        posts.append(_post(3, "ann", "Done, I posted it on the project page.", hours=2))
    asking = _post(len(posts) + 1, "bob", "@ann can you add a link here?", hours=3)
    decision = _decided([*posts, asking], "Mapping papers")
    assert decision.action == action, decision.why


def test_slides_asked_by_the_topics_own_words_are_the_announcements() -> None:
    """ "Où sont les diapos de l'atelier compost ?" in the topic "Atelier compost": its words are the topic's title,
    which the announcement's link comes with."""
    slides = "Rendez-vous jeudi à 18h à la médiathèque.\n\nDiaporama : https://example.org/diapos.pdf"
    decision = _decided(
        _asked_after(("orga", slides), "Bonjour, où sont les diapos de l'atelier compost ?"), "Atelier compost"
    )
    assert decision.action == "answer", decision.why


@pytest.mark.parametrize(
    ("asking", "action"),
    [
        ("@gregor and @mo is it possible to provide the comparison videos you mentioned?", "silent"),
        ("@lee is it possible to provide the video tutorial again?", "answer"),
        ("Is it possible to provide the video tutorial again?", "answer"),
    ],
)
def test_a_request_that_opens_by_naming_members_is_theirs_to_answer(asking: str, action: str) -> None:
    """ "@gregor and @mo, is it possible to provide some videos showing…" asks them for their own material: a video
    another member linked earlier is not their answer. The member who posted the link, named, may be answered."""
    posts = [
        _post(1, "gregor", "How do I export my segmentation as a smooth surface?"),
        _post(
            2,
            "lee",
            "Combine the models in the segment editor, see this [video tutorial](https://example.org/watch?v=1).",
            hours=1,
        ),
        _post(3, "mo", "I export the surface to my solver and it works.", hours=2),
        _post(4, "kim", asking, hours=3),
    ]
    decision = _decided(posts, "Export a smooth surface")
    assert decision.action == action, decision.why
    if action == "silent":
        assert decision.why is not None and decision.why.key == "theirs_to_answer"


@pytest.mark.parametrize(
    ("asking", "action"),
    [
        ("I get errors on a missing header. Can you share the link to @lumak setup, to see if I'm on track?", "silent"),
        ("Can you share the link to @lumak's repo?", "silent"),
        ("Can you share the link to @pen's gist again?", "answer"),
        ("Can you share the link to the gist again?", "answer"),
        ("Can you send the gist link to @lee please? He needs it too.", "answer"),
    ],
)
def test_a_thing_asked_as_a_members_own_is_given_only_by_their_link(asking: str, action: str) -> None:
    """ "The link to @lumak setup" asks for what is lumak's: the gist another member posted beside "thanks to
    @lumak" is not it. A link the owner named posted, or a page under their name, is."""
    posts = [
        _post(
            1,
            "pen",
            "Thanks to @lumak for his integration, a good starting point. My work on top of it: "
            "[gist](https://gist.example.org/pen/18c8f5).",
        ),
        _post(2, "kim", asking, hours=3),
    ]
    decision = _decided(posts, "Browser integration")
    assert decision.action == action, decision.why
    if action == "silent":
        assert decision.why is not None and decision.why.key == "owner_named"


def test_a_page_under_the_owners_name_gives_their_thing() -> None:
    posts = [
        _post(1, "pen", "Built on the integration by @lumak: [repo](https://git.example.org/lumak/turbo-ui)."),
        _post(2, "kim", "Can you share the link to @lumak setup again?", hours=3),
    ]
    decision = _decided(posts, "Browser integration")
    assert decision.action == "answer", decision.why


@pytest.mark.parametrize(
    ("asking", "action"),
    [
        ("Is there any tutorial on loading public images in the sample browser?", "silent"),
        ("Do you have a tutorial I can follow to load public images?", "silent"),
        ("Where is the tutorial for the sample browser?", "answer"),
        ("Bonjour, y a-t-il un tutoriel pour charger des images publiques ?", "silent"),
        ("Est-ce qu'il y a un tuto pour charger des images publiques ?", "silent"),
    ],
)
def test_any_tutorial_asked_is_left_to_members(asking: str, action: str) -> None:
    """Whether a link teaches how to do what is asked is in the page it leads to: "is there any tutorial on…" is
    left to members, even when the link's words match. "The tutorial" spoken of as one already given is answered."""
    release = RELEASE.replace("[sample browser]", "[sample browser tutorial]")
    decision = _decided(_asked_after(("dev", release), asking), "Contour tool released")
    assert decision.action == action, decision.why
    if action == "silent":
        assert decision.why is not None and decision.why.key == "guide_asked"


@pytest.mark.parametrize(
    ("author", "asking", "asks"),
    [
        ("dev", "Could you provide sample data sets that I can test with, from a public repository?", False),
        ("dev", "OK, then yes, please provide a sample dataset and I hope someone can have a look.", False),
        ("dev", "Can you post screenshots and/or videos of what happens?", False),
        ("dev", "Can you provide end-to-end instructions to replicate the issue using public data?", False),
        ("dev", "@kim is it possible to provide some images/videos showing the comparison?", False),
        ("dev", "Where did you get the data sets from?", True),
        ("kim", "Where can I download a sample data set to start from?", True),
    ],
)
def test_a_helper_asking_the_opener_for_their_own_data_or_steps_asks_for_no_link(
    author: str, asking: str, asks: bool
) -> None:
    """In a topic opened for help, another member asking the opener for their data, a capture of what happens or
    the steps to reproduce asks them to share or make it: no link to it exists. The opener asking for data, or
    anyone asking where a data set came from, asks for a link."""
    posts = [
        _post(1, "kim", "My segmentation of the liver fails with an error when I export it."),
        _post(2, author, asking, hours=1),
    ]
    topic = Topic(id=7, title="Liver export fails", posts=tuple(posts), created_by="kim")
    assert bool(request_groups(topic, "scribe", order="MDY")) is asks
