"""A request in a topic opened to ask, for a link an earlier reply already gave: scribe answers with it
when the reply's own words name everything asked and no other link fits, through the whole engine
against the sandbox forum; otherwise it stays silent."""

from __future__ import annotations

import pytest

from tests.handlers.links.test_links_asks import Thread, scribe_says

VIDEO = "https://www.youtube.com/watch?v=Qm7ray2Lk0s"
OTHER_VIDEO = "https://www.youtube.com/watch?v=Zt4rP0wq9aE"
REPO = "https://github.com/example-lab/mesh-tools"
FORM = "https://forms.gle/R3adingGr0upSignup"
WEEK_SLIDES = "https://example.org/imaging-course/week-4-slides.pdf"

QUESTION = ("nora", "How can I turn my knee scan into a smooth surface mesh? The result is full of holes.")
ANSWER = (
    "paul",
    "Fill the holes before smoothing, then export the mesh. The scripts are in our repository: "
    f"{REPO}\n\nThere is also a video tutorial here: {VIDEO}",
)

ANSWERED: dict[str, tuple[Thread, str, str]] = {
    "a video tutorial given by a member who answers": (
        (
            "en",
            "Surface mesh from a knee scan",
            [QUESTION, ANSWER, ("sam", "Is there any video tutorial showing how to do the smoothing step?")],
        ),
        VIDEO,
        REPO,
    ),
    "a sign-up form given by a member who answers": (
        (
            "en",
            "Joining the segmentation reading group",
            [
                ("nora", "How do I join the segmentation reading group? I could not see any page about it."),
                ("paul", f"Anyone can join. Just fill in the sign-up form: {FORM}"),
                ("sam", "Where is the sign-up form for the reading group?"),
            ],
        ),
        FORM,
        VIDEO,
    ),
}


@pytest.mark.parametrize("case", sorted(ANSWERED))
async def test_a_link_an_earlier_reply_gave_answers_the_request_for_it(make_sandbox, make_engine, case: str) -> None:
    thread, given, never = ANSWERED[case]
    [answer] = await scribe_says(make_sandbox, make_engine, thread)
    assert given in answer and never not in answer


SILENT: dict[str, Thread] = {
    "two video tutorials": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            ANSWER,
            ("ines", f"Another video tutorial covers the export: {OTHER_VIDEO}"),
            ("sam", "Is there any video tutorial showing how to do the smoothing step?"),
        ],
    ),
    "the link's words name less than the request": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            ("paul", f"Fill the holes before smoothing. Here is a video of my result: {VIDEO}"),
            ("sam", "Is there any video tutorial showing how to do the smoothing step?"),
        ],
    ),
    "a link given by someone who asked for one": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            (
                "ines",
                f"Is there a video tutorial for the current version? The video tutorial I found is from 2019: {VIDEO}",
            ),
            ("paul", "Fill the holes before smoothing, the rest is the same as for any mesh."),
            ("nora", "Thank you, the holes are gone now."),
            ("sam", "Is there any video tutorial showing how to do the smoothing step?"),
        ],
    ),
    "a recording asked of a session": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            ("paul", f"Fill the holes first, it was shown in the demo. The recording is here: {VIDEO}"),
            ("sam", "Where is the recording of the session?"),
        ],
    ),
    "the link names a week the request does not": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            ("paul", f"Fill the holes first. The slides of week 4 explain it: {WEEK_SLIDES}"),
            ("sam", "Where can I find the slides?"),
        ],
    ),
    "the askers say the link is dead": (
        "en",
        "Surface mesh from a knee scan",
        [
            QUESTION,
            ANSWER,
            ("sam", "The video tutorial above is not working for me. Is there any other video tutorial?"),
        ],
    ),
}


COURSE = "https://example.org/imaging-course/2026"
SLIDES_QUESTION = ("nora", "Hello, where can I find the lab slides for this term? They are not on the portal.")
COURSE_REPLY = ("paul", f"@nora everything for this term is on the course site: {COURSE}")
THANKS = ("nora", "Thank you, I have it now.")


def asked_again(*posts: tuple[str, str]) -> Thread:
    """A topic opened by a request, and the posts after it."""
    return ("en", "Lab slides for this term", [SLIDES_QUESTION, *posts])


async def test_a_request_asking_the_opening_question_again_gets_the_link_that_answered_it(
    make_sandbox, make_engine
) -> None:
    thread = asked_again(COURSE_REPLY, THANKS, ("sam", "Where can I find the lab slides? I looked everywhere."))
    [answer] = await scribe_says(make_sandbox, make_engine, thread)
    assert COURSE in answer and "@sam" in answer


SILENT.update(
    {
        "the reply carries two links": asked_again(
            (
                "paul",
                f"@nora everything is on the course site: {COURSE} and the old one: https://example.org/imaging-2025",
            ),
            THANKS,
            ("sam", "Where can I find the lab slides? I looked everywhere."),
        ),
        "the reply answers nobody in particular": asked_again(
            ("paul", f"Everything for this term is on the course site: {COURSE}"),
            THANKS,
            ("sam", "Where can I find the lab slides? I looked everywhere."),
        ),
        "the later request names another week": (
            "en",
            "Lab slides for week 3",
            [
                ("nora", "Hello, where can I find the lab slides for week 3? They are not on the portal."),
                COURSE_REPLY,
                THANKS,
                ("sam", "Where can I find the lab slides for week 4? I looked everywhere."),
            ],
        ),
        "the later request names a day": asked_again(
            COURSE_REPLY,
            THANKS,
            ("sam", "Where can I find the lab slides for today's lab? I looked everywhere."),
        ),
        "the answer was a single video": (
            "en",
            "Recorded videos of the course",
            [
                ("nora", "Hello, where can I find the recorded videos of the course? The portal shows none."),
                ("paul", f"@nora here: {VIDEO}"),
                THANKS,
                ("sam", "Where are the recorded videos? I looked everywhere."),
            ],
        ),
        "the link was said not to work": asked_again(
            COURSE_REPLY,
            ("nora", "@paul that page asks for a login, the link is not working for me."),
            ("sam", "Where can I find the lab slides? I looked everywhere."),
        ),
    }
)


@pytest.mark.parametrize("case", sorted(SILENT))
async def test_no_link_is_given_back_unless_the_thread_surely_holds_the_one_asked(
    make_sandbox, make_engine, case: str
) -> None:
    assert await scribe_says(make_sandbox, make_engine, SILENT[case]) == []
