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
        "We would like no links in the announcement posts, only the plain text.",
        "The link to the sample data doesn't seem to work - can you repost the data please?",
    ],
)
def test_link_as_a_verb_no_link_wanted_or_a_link_that_fails_asks_for_no_link(sentence: str) -> None:
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


@pytest.mark.parametrize(
    "sentence",
    [
        "Where can I check the results for the GA 3?",
        "Where can we see results of Project II?",
        "I don't see the marks for Project 2 on the portal.",
        "I couldn't find my name in the results sheet of the quiz.",
        "Où peut-on consulter les résultats du projet 2 ?",
        "Je ne vois pas les notes du quiz 1 sur le portail.",
    ],
)
def test_results_looked_for_where_they_are_published_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When will the results come?",
        "When will the results for Project 1 be out?",
        "My score for GA2 is wrong, please check it.",
        "I got low marks for project 1, can you re-evaluate?",
        "Quand sortiront les résultats du projet ?",
        "Can you share the API key for the proxy?",
        "Please give me access to the shared sheet.",
        "Can you share the answers for GA3?",
        "The link for the feedback form gives a 404 page.",
        "Others got free marks for the quiz. Please give the peer review bonus to those who missed it too.",
    ],
)
def test_a_date_a_complaint_a_key_access_answers_or_a_broken_page_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The quiz was supposed to open on 3rd March. But I'm unable to find it.",
        "The quiz was supposed to open on 3rd March\nBut I'm unable to find it",
        "The exam link will be available 30 minutes before the exam, but its not visible for me.",
        "Project 2 was scheduled to be released today but it is not showing on the portal.",
        "Le devoir devait ouvrir lundi, mais je ne le trouve pas.",
        "Le partiel devait ouvrir ce matin, mais je ne le vois pas.",
        "Le lien sera disponible une heure avant, mais il n'apparaît pas chez moi.",
        "Le formulaire devait ouvrir lundi, mais il n'est toujours pas là.",
    ],
)
def test_a_thing_announced_for_a_date_and_not_found_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The exam link will be available 1 hour before the exam, but do keep your ID ready.",
        "The project was supposed to open today but it was postponed to Friday.",
        "Le lien sera disponible une heure avant, mais gardez votre carte à portée de main.",
        "Le formulaire d'inscription sera disponible lundi, mais ce n'est pas encore confirmé.",
    ],
)
def test_a_promise_with_a_but_that_misses_nothing_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Can you share the tutor sessions too",
        "Please upload the doubt clearing sessions as well.",
        "Where can I find the peer review for my project?",
        "I can't find the evaluation logs for my project 2.",
    ],
)
def test_sessions_asked_to_be_shared_or_a_thing_for_ones_own_work_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Can you share the session timings?",
        "Please share your screen during the session.",
        "Where is the error in my project?",
        "The answers we marked for GA4 aren't visible to us.",
        "Is the password mentioned in the documentation? Where do I find it?",
    ],
)
def test_a_session_detail_ones_own_fault_or_answers_or_a_secret_in_a_guide_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't see project 2 on the portal",
        "I am not able to find the mock exam on the portal.",
        "Sir the quiz is not showing in my dashboard",
        "Where is the project 2 statement?",
        "Link for today's session please?",
        "Where are these templates and where can I get them?",
    ],
)
def test_an_assessment_not_on_the_portal_a_link_for_something_please_or_where_to_get_things_is_a_request(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't see project 2 marks, is something wrong?",
        "I can't find the error in project 2.",
        "I cannot view the assignments on my phone, cookies are allowed.",
        "Link for the survey is broken, please fix it.",
        "Where are these errors coming from and how can I fix them?",
        "I have generated a PAT, now how to access the sales dataset?",
    ],
)
def test_marks_a_fault_a_broken_link_or_a_key_in_hand_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sir, the week 5 content is not released yet",
        "Not getting the OPPE link on the dashboard",
        "hello, I did not receive the exam hall ticket",
        "the youtube playlist doesn't have week 6 sessions",
        "La chaîne ne contient pas l'enregistrement de la séance de mardi.",
    ],
)
def test_content_a_link_not_got_a_hall_ticket_or_a_playlist_lacking_sessions_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The playlist doesn't have subtitles, can you add them?",
        "I am not getting the right output for the week 5 content question.",
        "The course page does not have my name on it.",
    ],
)
def test_a_missing_caption_a_wrong_output_or_ones_own_name_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["I have not received the discrepancy form for the GA marks", "Where is the form for the score discrepancy?"],
)
def test_a_form_for_ones_marks_is_still_a_form_asked_for(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence", ["I didn't receive the mail about the marks", "I can't find the score in the form"]
)
def test_a_mail_about_marks_or_a_score_looked_for_in_a_form_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The doubt clearing sessions are still not accessible.",
        "I am not able to find the quiz anywhere.",
        "I cant find project 2 on the portal.",
        "I can't see test 3 on the dashboard.",
        "I can't seem to find the open-book Project-2 that was supposed to be released on Monday.",
        "The course page says Project 2 opens on 3 March. However I don't see it on my dashboard.",
        "I am yet to get an email for the peer review.",
        "I have not yet received the feedback form.",
        "I have also not received the marks correction form.",
        "I don't see the scores on the dashboard.",
        "The portal says the quiz link will be available at 10, but it's not visible for me.",
    ],
)
def test_sessions_not_accessible_an_assessment_not_found_or_a_form_not_yet_received_is_a_request(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The sessions are not accessible for students of other courses, it is stated in the rules.",
        "In question 4 the links are not accessible through the exported pdf.",
        "The portal says my log file is missing.",
        "I don't see the scores changing after re-evaluation, is that wrong?",
    ],
)
def test_a_rule_a_verdict_reported_or_a_complaint_about_scores_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("Hi Pat, where is the recording of the week 3 session?", True),
        ("Dear Pat, the week 4 recording is not uploaded yet.", True),
        ("I made a new PAT, where is the recording of the week 3 session?", False),
        ("The week 3 recording is not uploaded. Your session yesterday was great though.", True),
        ("The week 3 recording is not shown in your summary.", False),
        ("Where can I see the results of GA 3? Your class on Monday cleared my doubts.", True),
    ],
)
def test_a_person_greeted_or_the_addressee_in_the_next_sentence_leaves_the_request_standing(
    post: str, asks: bool
) -> None:
    """A person called Pat is no access token; "your" is someone's own thing ("the URL in your response") only
    in the sentence that asks."""
    assert is_request(post) == asks


@pytest.mark.parametrize(
    "sentence",
    [
        "please sent the link to me",
        "pls sent the meet link",
        "Sir please sent the link for tomorrow's revision session",
        "Can you sent me the link of the GA3 doubt session?",
        "plz shared the zoom link for today",
        "sent the link to me pls",
        "anyone shared the link to me?",
        "Anyone sent the link for the mock test?",
        "Did anyone send the link to me?",
        "has someone sent the meet link for tonight?",
    ],
)
def test_sent_or_shared_said_for_send_or_in_a_question_asks_for_the_link(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I sent the link",
        "he shared the link",
        "He sent the link to me, thanks.",
        "The TA shared the link to me, got it now.",
        "Our mentor kindly shared the link with everyone in the group.",
        "I have already sent the link to the group, check your mail.",
        "The TA already sent the link to me, please check your spam folder too.",
    ],
)
def test_sent_or_shared_told_of_the_past_asks_for_nothing(sentence: str) -> None:
    assert not is_request(sentence)
