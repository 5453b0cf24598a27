"""Look-alikes of the narrower request rules: sentences near a rule's own that must not be read as a link
request, or must still be one."""

import pytest

from handlers.links.text import is_request

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
