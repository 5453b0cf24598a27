"""A member who has the link and cannot get past it (access to request, a password, a form closed) asks
for no link: the link above is the very one they clicked. Through the whole engine against the sandbox
forum, scribe neither gives it back to them nor tells the announcer in public that it is missing."""

from __future__ import annotations

import pytest

from handlers.links.text import is_request
from tests.handlers.links.test_links_asks import Thread, scribe_says

NOTEBOOK = "https://colab.research.google.com/drive/1PracticeWeekFive"
DATASET = "https://drive.google.com/file/d/1PracticeDataWeek4/view"
CALL = "https://iitm.zoom.us/j/93456789012"
FORM = "https://forms.gle/TeamSignUpProject2"
MINUTES = "https://docs.google.com/document/d/1CompteRenduAG/edit"

LOCKED: dict[str, tuple[Thread, str]] = {
    "a notebook that asks to request access": (
        (
            "en",
            "Week 5 practice notebook",
            [
                ("moderateur", f"Practice notebook for week 5: {NOTEBOOK}"),
                ("lea", "Sir the notebook link says request access. Can you share the link with edit access?"),
            ],
        ),
        NOTEBOOK,
    ),
    "a member's own notebook asked with access": (
        (
            "en",
            "Doubt in GA3 Q4",
            [
                ("moderateur", f"My notebook for GA3 Q4 gives a wrong answer: {NOTEBOOK}. Can someone check?"),
                ("lea", "Can you share the link with view access? It asks me for permission."),
            ],
        ),
        NOTEBOOK,
    ),
    "a dataset whose drive link shows access denied": (
        (
            "en",
            "Week 4 practice dataset",
            [
                ("moderateur", f"Dataset for the week 4 practice: {DATASET}"),
                ("lea", "The dataset link shows access denied for me, kindly share the dataset link"),
            ],
        ),
        DATASET,
    ),
    "the password of a call link": (
        (
            "en",
            "Doubt session on Friday",
            [
                ("moderateur", f"Doubt session on Friday 7 PM IST. Zoom: {CALL}"),
                ("lea", "What is the password for the zoom link?"),
            ],
        ),
        CALL,
    ),
    "a form no longer accepting responses": (
        (
            "en",
            "Project 2 team sign-up",
            [
                ("moderateur", f"Sign up your project 2 team here: {FORM}"),
                ("lea", "Sir the form is no longer accepting responses. Kindly share the registration link again"),
            ],
        ),
        FORM,
    ),
    "un compte-rendu dont l'accès est refusé": (
        (
            "fr",
            "Compte-rendu de l'AG",
            [
                ("moderateur", f"Le compte-rendu de l'AG est ici : {MINUTES}"),
                ("lea", "Le lien du compte-rendu me dit accès refusé, pouvez-vous partager le lien ?"),
            ],
        ),
        MINUTES,
    ),
}


@pytest.mark.parametrize("case", sorted(LOCKED))
async def test_a_link_one_cannot_get_past_is_neither_given_back_nor_said_missing(
    make_sandbox, make_engine, case: str
) -> None:
    thread, link = LOCKED[case]
    said = [raw for raw in await scribe_says(make_sandbox, make_engine, thread) if ":links -->" in raw]
    assert not any(link in raw or "could not find" in raw or "trouvé nulle part" in raw for raw in said)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("The slides link asks me to request access, please make it public", False),
        ("Sir the drive folder shows permission denied, kindly share it again", False),
        ("The meet link is asking for a passcode, please share the link again", False),
        ("The feedback form is closed now, can you share the form link?", False),
        ("Le formulaire n'accepte plus de réponses, pouvez-vous renvoyer le lien ?", False),
        # what is still a link asked for: the link to reach a thing, or a link and a password both lacking
        ("Where is the link to access the GA5 quiz?", True),
        ("How can I access the recording of week 3?", True),
        ("Sir please share the meeting link and the password for the session", True),
        ("Where is the link for the password reset form?", True),
    ],
)
def test_a_link_one_has_but_cannot_get_past_is_no_request(sentence: str, asks: bool) -> None:
    assert is_request(sentence) is asks
