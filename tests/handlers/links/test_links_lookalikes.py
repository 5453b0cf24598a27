"""Look-alikes of the narrower request rules: sentences near a rule's own that must not be read as a link
request, or must still be one."""

import time
from datetime import UTC, datetime, timedelta

import pytest

from handlers import links
from handlers.links.bursts import request_groups, sentence_kinds
from handlers.links.forgotten import forgotten_link
from handlers.links.text import asked_in_turn, is_request, wanted_kinds
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import topic_of
from tests.handlers.links.test_links_resend import joined

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

ASKS = [
    # a mail said to have come, or advice to look in one's mail, then a request all the same
    "I checked spam, still no mail, please resend the link",
    "Received the mail now for ROE, where is the OPPE link?",
    "Finally got the mail for the quiz, where is the GA3 link?",
    "Please check your mail system sir, I have not received the OPPE hall ticket link",
    "Kindly check the mails, many of us have not received the quiz link, please share it here",
    "Check mail? I did, nothing there. Where is the GA3 link?",
    "Verify your email sir, the link you sent is not there, please share the link here",
    "Check the mail sent yesterday? I can't find the link in it, please share it here",
    # not seen in one place, seen in another that fails, then asked for
    "I cannot find the GA3 link on the dashboard but I can see it in the mail which has expired, please share it",
    # whether a link named by what it is for is out
    "Is the practice quiz link out?",
    "Has the OPPE mock link been shared?",
    "@tutor Is the mock ROE link out, if it is please add it here, I could not find it.",
    "Sir, is the peer review link available yet?",
    # where a piece of work is handed in
    "Where do we submit the project 2? I can't find the page",
    "where should i submit the ROE report",
    "Where can we submit the peer review?",
    "where and how do i submit this project, the portal shows no page for it",
    "Sir where do we have to submit the final project?",
    # the criteria or rubric an assessment is graded by
    "Where can I find this criteria?",
    "Please share the rubric for the peer review",
    "Sir could you share the evaluation criteria for OPPE?",
    # where an assessment's marks are published
    "Where did you see the peer review marks? I can't find them anywhere",
    "where can i see the GA3 marks sir",
    "Where are the OPPE scores published?",
    "Where did you check peer review marks? Nothing on the dashboard.",
    # one's entry missing from the results published
    "I can't find my roll number in the results sheet, where else can I check?",
    "In the published results my roll no is not present, please share the full list",
    "Not able to see my roll number in the evaluation logs",
    "I cannot see my roll no in the 'by student' section of the results page",
    # a session held, said not there and asked to be uploaded
    "The session of 12th March is not available, can you please upload it",
    "the last one has not been uploaded yet, kindly upload it sir",
    "sir the quiz 2 session of 4th March is not available can u please upload it",
    # the link asked for, in a question about getting it, or where one could not find it
    "Any update on the session link?",
    "Sir please share the form link, it is not there in the mail",
    "Can we get the session link?",
    "Can I have the zoom link please?",
]


ASKS_NOTHING = [
    # a mail come, advice to look in one's mail
    "Received the mail now, thanks",
    "Update: got the email finally.",
    "Finally got the link, thank you sir",
    "@ravi check your mail, the quiz link was sent to everyone",
    "please check your inbox and promotions, the GA link was sent yesterday",
    "Vérifiez vos spams, le lien a été envoyé hier",
    # a link given or pointed at, not asked whether it is out
    "Here is the form link shared by the TA: https://forms.gle/abc123",
    "The one below is the GA3 link shared in the mail yesterday",
    "It is the same link sent for the last session, so just use that",
    "Here is a recording link shared by a friend, hope it helps",
    "That is the meeting link posted by the TA in the announcement above",
    "Mine is the second link posted, not the first one",
    # where a thing goes inside a piece of work or a form, or where to send something else
    "Where do we submit the requirements.txt inside the repo, root folder or src?",
    "In GA3 Q5, where do I submit the answer, in the text box or by uploading the file?",
    "where should I submit the docker image, on Docker Hub or GHCR?",
    "Where do we submit the vercel URL in the project form, first field or second?",
    "Where should we submit our doubts regarding GA3, here or by mail?",
    "where are we supposed to submit the github repo url inside the form? there are two fields",
    "Where do I submit the proof of absence, to the course instructor or to the exam cell by mail?",
    "Where can I submit a complaint about the evaluator?",
    # a rule or a rubric judged, not asked for
    "Is there any criteria for choosing a team for the project?",
    "I did not find the rubrics fair, many of us lost marks for formatting",
    "Sir I don't find the evaluation criteria clear, does attending the live session count?",
    "What is the criteria for getting the certificate? I have completed all assignments",
    "According to the grading criteria I should get full marks in Q3, please recheck",
    "Where can I find someone to explain the criteria?",
    # how marks were reckoned, not where they are published
    "where did you get the final marks 85? I calculated 82 from the formula",
    "where do we get the peer review marks from, the average of 4 reviewers or the TA?",
    "where did you get the GA 5 score breakdown formula from? pls explain",
    "where can i check the oppe marks calculation logic, which weight is used for bonus?",
    "Where did you see that the GA3 marks will be released on Friday?",
    "Where did you see the OPPE marks getting reduced for late submission? Is it in the policy?",
    "Where can we see the project 1 marks being counted in the final grade formula?",
    # one's entry missing from a list that is no results list, or one's complaint about being left out
    "In the eligibility sheet my roll number is not listed though I have scored above 40 in GA, please check why",
    "In the form responses sheet my email is not present, but I submitted it twice",
    "In the project section my roll number is not there in the dropdown so I cannot choose my team",
    "I am not able to find my roll number in the hall ticket section, but my friend's hall ticket is there",
    "Sir I cannot find my roll number in the list of students eligible for end term even though I completed all GA",
    "In the peer review sheet my roll no. is not present as reviewer, does it mean I do not need to review anyone?",
    "Sir my roll no is missing in the attendance sheet of yesterday's live session, I was present",
    "In the results sheet my roll no is not present because I did not attempt, is that ok?",
    "In the results excel my id is not present but my marks are visible on dashboard, so no issue",
    # a question about using a link one has: whether one must, may or can use it, or which of two to use
    "Is it mandatory to join the session link?",
    "Sir, is it compulsory to fill the form link individually?",
    "Can we join the meeting link from mobile?",
    "Should we open the zoom link with our student email id?",
    "Do we need to fill the registration link again if we filled it last term?",
    "Can I share the session link with my friend who is not enrolled?",
    "Which link should I use, the one in the mail or this one?",
    "Which link do we join, the one on the portal or this one?",
    # something of a link one has: its deadline, its password; or the link one has asked to be sent elsewhere too
    "Is there a deadline for the form link?",
    "What is the last date for the registration form link?",
    "Is there any time limit for the quiz link?",
    "Can you please share the link in the mail also? Not everyone checks discourse",
    "Sir kindly also post the session link in the whatsapp group",
    "Where do we raise doubts during the discussion, in the chat of the meet link?",
    "Is there a waiting room in the zoom link?",
]


@pytest.mark.parametrize("sentence", ASKS)
def test_sentences_near_a_narrow_rule_still_ask(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize("sentence", ASKS_NOTHING)
def test_look_alikes_of_a_narrow_rule_ask_for_nothing(sentence: str) -> None:
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
    groups = request_groups(topic_of(posts, title="Week 2 assignment page"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in groups] == [[3]]


MAIL_ASKED = [
    make_post(1, "tutor", "Quiz 2 invitations go out by mail this morning.", created_at=T0),
    make_post(2, "ana", "I have not received the quiz 2 invitation mail, please check.", created_at=T0 + HOUR),
]
NOT_THE_SAME_MAIL_ASKED = [
    "If you did not receive the mail, check your spam folder.",
    "Those who have not received the mail please wait till evening, it is sent in batches.",
    "For those who did not get the mail: the quiz is also listed on the dashboard.",
    "Has anyone not received the mail? Mine came at 9.",
    "I didn't get any mail last time either, but it came after 2 days, so just wait.",
    "I had not received the mail earlier but now it's fine, got it.",
    "I did not get any mail but I found the link on the portal dashboard, thanks",
    "Si vous n'avez pas reçu le mail, regardez vos spams.",
    "Quelqu'un d'autre n'a pas reçu le mail ? Moi si.",
    "Ceux qui n'ont pas reçu le courriel peuvent s'inscrire directement sur le site.",
    "Je n'avais pas reçu le mail hier, il est arrivé ce matin.",
    # a mail late said to be usual: advice to those waiting
    "Not received any mail is common, the team sends it late. Be patient.",
    "Not getting the mail on the first day is normal, they send it in batches.",
    "No mail yet is nothing to worry about, it comes by evening, just wait.",
    "Not receiving the mail happens every term, don't worry, it will come.",
    "I did not receive any mail, but I could open the quiz from the dashboard.",
    "No mail for me but I was able to attempt the quiz from the portal",
    "Its normal to not get the mail immediately, wait a day",
    "Not received any mail? That's common, wait a day.",
]
THE_SAME_MAIL_ASKED = [
    "Same, not received the mail yet",
    "I also did not get any email",
    "No mail for me either, please resend",
    "Je n'ai pas reçu le mail non plus.",
    "Not received any mail yet, please check",
    "I have not received the mail, is that normal?",
    "Still no mail for me, waited two days already",
]


@pytest.mark.parametrize("said", NOT_THE_SAME_MAIL_ASKED + THE_SAME_MAIL_ASKED)
def test_only_ones_own_mail_not_come_joins_a_request_for_it(said: str) -> None:
    """Under a request for a mail, one's own mail said not come asks for it again, even asking whether that is
    normal; advice to those without it (a late mail is usual, be patient), a question to others, or a mail that
    came since asks nothing."""
    assert joined(MAIL_ASKED, said, "Quiz 2 invitation") == [[2, 3] if said in THE_SAME_MAIL_ASKED else [2]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting minutes are not available yet, please upload them",
        "In the lecture sir said the answers are not available yet, kindly upload them",
        "The quiz 2 answer key discussed in the session is not available, please upload it",
        "The OPPE mock paper from the revision session is not there, kindly upload it",
        "The class test is not there on the portal yet, please upload it",
    ],
)
def test_a_thing_of_a_session_said_not_there_is_not_the_sessions_recording_or_call(sentence: str) -> None:
    """Only the session itself said not there and asked to be uploaded wants its recording: its minutes, the
    answers or the paper gone through in it are other things."""
    assert not is_request(sentence) or wanted_kinds(sentence_kinds(sentence)).isdisjoint({"meeting", "recording"})


CALL = "https://meet.google.com/abc-defg-hij"
NOV25 = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("announced", "asked_on"),
    [
        (f"Reminder: submit GA3 by 28 Nov.\nDoubt clearing session tonight at 7 pm.\nMeet link: {CALL}", NOV25),
        (
            "Week 5 sessions:\nMon 23/11 - Linear regression\nWed 25/11 - Logistic regression\n"
            f"Fri 27/11 - Trees\nJoin link (same for all): {CALL}",
            NOV25 - 2 * DAY,
        ),
    ],
)
async def test_a_date_above_a_call_link_that_gives_no_sessions_hour_does_not_date_the_link(
    announced: str, asked_on: datetime
) -> None:
    """A deadline, or one line of a week's list, above the call link is no session's date block ("Saturday,
    November 28 · 8 PM"): the link is still the one asked for that day's session."""
    posts = [
        make_post(1, "tutor", announced, created_at=asked_on),
        make_post(2, "ana", "Sir where is today's session link?", created_at=asked_on + 9 * HOUR),
    ]
    topic = topic_of(posts, title="Live sessions")
    out = await links.preview(topic, make_ctx([topic], language="en", now=asked_on + 10 * HOUR))
    [request] = out["link_requests"]
    assert (request["decision"], request["answer"]) == ("answer", {"post_number": 1, "url": CALL})


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # one's own entry missing from a list, asked to be added: a place in the list, not a page
        ("In the whatsapp group sheet my roll number is not there, please add me", False),
        ("In the project team sheet my name is not there, kindly add it", False),
        ("In the attendance sheet my email is not there, please add", False),
        ("In the peer review sheet my roll number is missing, kindly add it", False),
        ("In the project 2 sheet my id is not there, please add it", False),
        ("In the results sheet my roll number is not there, please check", True),
        ("The slides for my batch are not there, please upload", True),
        # one question of an assessment missing: a part of its content, not its page
        ("Sir the second one in the list of GA questions is not there, please upload it", False),
        ("Sir the third one in the list of GA5 questions is not there, please add it", False),
        ("Question 7 of GA 4 is not there, please add it", False),
        ("Q3 in the GA5 questions is not there, please upload it", False),
        ("In week 4 assignment the last question is not there", False),
        ("GA3 question 5 is not visible", False),
        ("The GA 3 is not visible, question 5 was shown earlier", True),
        ("The second video in the list of week 3 lectures is not there, please upload it", True),
        ("The GA4 questions are not there on the portal, please upload", True),
        # which of the links one has is the right one
        ("what is the link shared in the mail, is it the same as the portal one?", False),
        ("Which is the link posted by sir, the first or the second?", False),
        ("Is the link shared in the announcement the same as the one in the mail?", False),
        ("Is the quiz link posted yesterday the same one as today's?", False),
        ("Is the GA3 link shared yet? The first one expired", True),
        ("Which is the link for the second session?", True),
        ("What is the link shared in the mail? I did not get the mail", True),
        ("Is the GA3 link posted in the announcement the final one?", False),
        (
            "Je ne trouve pas comment m'inscrire en tant que bénévole pour le 26, c'est le même lien helloasso que les "
            "visiteurs ou il y a un tableau à part ?",
            False,
        ),
        ("Je ne trouve pas le lien helloasso pour les bénévoles, vous pouvez le mettre ?", True),
        ("Is the link posted by the TA the one for today?", False),
        ("Is the quiz link the correct one or should we wait for a new one?", False),
        ("What is the link posted by sir for the mock test?", True),
        # whether a link one has is current
        ("Is the GA3 link out of date?", False),
        ("is the meeting link up to date?", False),
        ("Is the registration link shared last week out of date now?", False),
        ("Is the GA3 link out?", True),
        ("is the meeting link up yet?", True),
        # a file put into a piece of work, where it is handed in
        ("where do I submit the GA3 answer file", False),
        ("Where do we submit the GA 5 code files, in the portal or by mail?", False),
        ("where should i submit the week 4 assignment screenshots", False),
        ("Where do we submit the project 2? I can't find the page", True),
        ("where do I submit GA3?", True),
        ("where is the GA3 answer file?", True),
        # the writer lacks it and will see to it
        ("There is no link yet, I will post it tomorrow.", False),
        ("I don't have the link but I can ask Ravi for you.", False),
        ("I don't have the link, I will ask in the group too but please share it here", True),
        ("I don't have the link, can you share it?", True),
    ],
)
def test_a_link_one_has_or_a_thing_that_is_no_page_is_not_asked_for(sentence: str, asks: bool) -> None:
    """Near the narrow rules: a place in a list, a question of an assessment, which of one's links is right or
    current, a file handed in, ask for no link; the thing itself said missing or looked for still does."""
    assert is_request(sentence) is asks


LINKS_ANNOUNCED = make_post(1, "tutor", "Quiz 2 and GA3 open this week, links on the portal.", created_at=T0)


@pytest.mark.parametrize(
    ("before", "said", "groups"),
    [
        # right after a request for one link, "what about" another asks for that one, apart
        ("Where is the quiz 2 link?", "what about the GA3 link?", [[2], [3]]),
        ("Sir where is the quiz 2 link?", "And the link for GA3?", [[2], [3]]),
        ("Please share the recording of yesterday's session", "how about the GA3 link sir?", [[2], [3]]),
        ("Can someone share the quiz 2 link?", "And what about the GA 3 link?", [[2], [3]]),
        # the same link named again asks for it again, in the same burst
        ("Where is the quiz 2 link?", "what about the quiz 2 link?", [[2, 3]]),
        ("Where is the meeting link for today?", "And the meeting link?", [[2, 3]]),
        # after no request, or with more said, it asks what the post before said of its own link
        ("The quiz 2 link works now, thanks", "what about the GA3 link?", []),
        ("Where is the quiz 2 link?", "What about the GA3 link? It opens a blank page for me", [[2]]),
        ("Where is the quiz 2 link?", "what about the link?", [[2]]),
    ],
)
def test_what_about_another_link_right_after_a_request_asks_for_it(
    before: str, said: str, groups: list[list[int]]
) -> None:
    """ "What about the GA3 link?" takes what the post before asks: right after a request it asks for that other
    link, as a request of its own (the same link named again joins the request); after a statement ("the quiz link
    works now") it asks whether that holds, and alone it is too terse to speak on."""
    posts = [
        LINKS_ANNOUNCED,
        make_post(2, "ana", before, created_at=T0 + HOUR),
        make_post(3, "ben", said, created_at=T0 + 2 * HOUR),
    ]
    found = request_groups(topic_of(posts, title="Quiz 2 and GA3"), bot="scribe", order="DMY")
    assert [g.post_numbers for g in found] == groups


def test_a_long_word_after_what_about_the_link_for_is_read_at_once() -> None:
    """The words naming what a link is for are read one by one, a space between each: a long run of letters or
    dashes after "and the link for" was cut into up to four pieces in every way before the post was given up on."""
    started = time.process_time()
    assert not asked_in_turn("and the link for " + "-" * 200 + "!")
    assert asked_in_turn("and the link for " + "x" * 200 + "?")
    assert time.process_time() - started < 1  # read at once; cutting the run in pieces took seconds


@pytest.mark.parametrize(
    ("number", "raw", "phrase"),
    [
        (1, "Chantier participatif samedi, repas offert.\n\nInscriptions ici :\n\nMerci !", "Inscriptions ici"),
        (2, "Inscriptions ici… où ça ? 😄", None),
        (2, "Sign up here? where? 🙂", None),
    ],
)
def test_a_reply_echoing_a_pointer_to_ask_where_it_leads_forgot_no_link(
    number: int, raw: str, phrase: str | None
) -> None:
    assert forgotten_link(make_post(number, "kevin", raw)) == phrase
