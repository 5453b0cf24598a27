"""Look-alikes of the narrower request rules: sentences near a rule's own that must not be read as a link
request, or must still be one."""

from datetime import UTC, datetime, timedelta

import pytest

from handlers.links.find import request_groups
from handlers.links.text import is_request
from tests.handler_kit import make_post
from tests.handlers.links.test_links import topic_of

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)

STILL_ASKING = [
    # a mail said to have come, or advice to look in one's mail, then a request all the same
    "I checked spam, still no mail, please resend the link",
    "Received the mail now for ROE, where is the OPPE link?",
    "Finally got the mail for the quiz, where is the GA3 link?",
    "Please check your mail system sir, I have not received the OPPE hall ticket link",
    "Kindly check the mails, many of us have not received the quiz link, please share it here",
    "Check mail? I did, nothing there. Where is the GA3 link?",
    "Verify your email sir, the link you sent is not there, please share the link here",
    "Check the mail sent yesterday? I can't find the link in it, please share it here",
]


@pytest.mark.parametrize("sentence", STILL_ASKING)
def test_a_mail_come_or_advice_to_look_does_not_silence_a_request(sentence: str) -> None:
    assert is_request(sentence)


MAIL_NOW_SILENT = [
    "Received the mail now, thanks",
    "Update: got the email finally.",
    "Finally got the link, thank you sir",
    "@ravi check your mail, the quiz link was sent to everyone",
    "please check your inbox and promotions, the GA link was sent yesterday",
    "Vérifiez vos spams, le lien a été envoyé hier",
]


@pytest.mark.parametrize("sentence", MAIL_NOW_SILENT)
def test_a_mail_come_or_advice_to_look_in_ones_mail_asks_nothing(sentence: str) -> None:
    assert not is_request(sentence)


ERROR_REPORTS = [
    "The week 2 assignment page stays blank for me, the console shows an error.",
    "Same error here. The questions are not visible.",
]


@pytest.mark.parametrize(
    "echo",
    [
        "Same problem. Also where is the recording of yesterday's session?",
        "Same issue here, please share the recording",
        "same problem as above, can someone share the GA3 notebook?",
    ],
)
def test_the_same_trouble_said_then_something_asked_is_a_request(echo: str) -> None:
    """After error reports, "same problem" then a plea or a question for a thing asks for it: only a bare echo
    of the trouble ("same problem, GA2 not showing up") asks for none."""
    rows = [*ERROR_REPORTS, echo]
    posts = [make_post(i, f"user{i}", raw, created_at=T0 + i * HOUR) for i, raw in enumerate(rows, start=1)]
    groups = request_groups(topic_of(posts, title="Week 2 assignment page"), bot="scribe")
    assert [g.post_numbers for g in groups] == [[3]]
