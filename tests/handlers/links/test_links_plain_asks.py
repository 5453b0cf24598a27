"""Requests asked plainly on a course forum: a link asked for without an article, asked to be given again,
results looked for where they are published, a thing announced for a date and not found, sessions
asked to be shared; and the look-alikes that ask for no link."""

import pytest

from handlers.links.text import is_request


@pytest.mark.parametrize(
    "sentence",
    [
        "do you have link for the GA5 doubt session?",
        "Do you have link of yesterday's class?",
        "Anybody got link for GA2 session?",
        "Need link for week 4 tutorial session",
    ],
)
def test_a_link_asked_for_without_an_article_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You just need to link the library to your target.",
        "I want to link my calendar with the forum, is it possible?",
        "The link to the sample data doesn't seem to work - can you repost the data please?",
    ],
)
def test_link_as_a_verb_or_a_link_that_fails_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sir, if you could re-mention the link to the survey it would be a great help.",
        "Could you resend the link for the mock test?",
        "Can someone repost the registration form link",
        "Vous pourriez nous rappeler le lien, merci.",
        "Pourriez-vous redonner le lien vers le sondage.",
    ],
)
def test_a_link_asked_to_be_given_again_is_a_request(sentence: str) -> None:
    assert is_request(sentence)
