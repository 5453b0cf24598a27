"""Requests written as members write them in a hurry: the thing named first and "where" after it, a bare
"link?", a list point with no question mark, a thing said not linked or not attached, a service's name for
the call; in French, "il est où", "nulle part", "il me manque", "on passe par
où"; and the look-alikes that ask for no link."""

import pytest

from bot.text import fold
from handlers.links.text import is_request, kinds_of, wanted_kinds
from handlers.links.text.exclusions import after_solved


@pytest.mark.parametrize(
    "sentence",
    [
        "OPPE MOCK LINK WHERE?? nothing on the dashboard",
        "week 7 assignment link where is it? the page only shows week 6",
        "wher is the GA4 submission link, cant see it on the left menu",
        "Mam link? class started 5 min back",
        "questions for tomorrow:\n1. is it still 6 pm\n2. what's the link\n3. should we bring the laptop",
        "no zoom link in the invite for tonight's review call",
        "Still no meet link in the mail ma'am, only the date.",
        "we have been searching for ages for the replay link, no luck",
        "The signup page says seats are open but there's no link to the form on it.",
    ],
)
def test_a_link_asked_in_a_hurry_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The slides of the review never got linked here, I cannot find them.",
        "The registration form isn't linked anywhere in the announcement.",
        "could someone point me at the recording of the kickoff? the notes are not enough",
        "Can anyone link the minutes from Tuesday?",
        "what's the jitsi room for the retro?",
        "mam, notes for week 3 kaha milenge?",
        "thanks mam but I don't see an attachment in your post",
        "sir nothing attached, please check once",
        "where? there is nothing after 'here'",
    ],
)
def test_a_thing_said_not_linked_or_asked_by_its_name_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Et le compte-rendu de l'AG, il est où ?",
        "Je vois le replay de l'atelier nulle part sur la chaîne.",
        "J'ai cherché partout le diaporama de la formation, rien trouvé.",
        "Il me manque le formulaire d'adhésion, j'ai seulement le règlement.",
        "Pour rejoindre la visio de jeudi on passe par où ?",
        "Aucun mail reçu avec le lien de l'atelier de demain.",
    ],
)
def test_french_requests_written_in_a_hurry_are_requests(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the plugin isn't linked against the new runtime, so loading fails",
        "My form is not linked to my account, I registered with another mail",
        "I was looking at the docs and searching for words in the full link didn't help",
        "You can find it by searching for the section title in the full link.",
        "what's the zoom level of that screenshot?",
        "I don't see an attachment size setting in the admin page",
        "Il me manque le courage de tout relire.",
        "The notes, thanks for posting them! Where is the link between part 1 and 2 explained?",
    ],
)
def test_look_alikes_of_hurried_requests_ask_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "joining late from the bus, what's the zoom again?",
        "mam gmeet for the stats tutorial session? it is 8 already",
        "Sir on which meet we have to join? class starts in 10 min",
        "what's the meeting url? I want it in our team calendar",
        "missed the sync, did anyone record it? if so where can I watch it",
        "which jitsi room are we in tonight?",
        "sorry, missed it: where can I watch the recording of the kickoff?",
        "is there a place to join the Saturday mob programming session?",
        "Is the keynote deck available somewhere? The video is too blurry for the code.",
        "anyone has that ppt sir showed in the week 3 live session??",
        "thanks! I don't see anything under your post though",
        "sir nothing is given below, session starts in 5 min",
        "mam after 'register here' nothing is coming",
        "where is the 'here' sir?",
        "there is no form attached in your reply mam",
        "Coucou, on s'inscrit où pour la journée portes ouvertes du 12 à la recyclerie ?",
        "je suis à distance, on se connecte où pour suivre ?",
        "en dessous y a rien chez moi",
        "le formulaire ci-joint n'est pas joint 😄",
        "merci ! euh... voici où ?",
    ],
)
def test_joining_asked_and_a_link_left_out_are_requests(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you upload the scene file somewhere and post the link here?",
        "you can upload the log file somewhere (dropbox, drive) and post the link here",
        "where do I join the translation team? I speak Portuguese",
        "where can I find the error log on Windows?",
        "what's the zoom factor you used in the 3D view?",
        "is there a way to join two segments into one?",
        "anyone has the same error with the new release?",
        "nothing is there yet, I will upload the slides after the talk",
        "en dessous y a rien à signaler, tout s'est bien passé",
        "I tried the examples but my effect is not listed in the app. Where can I find it to test it?",
        "Is it possible to render the UI to a texture? I don't see anything in the demos.",
    ],
)
def test_look_alikes_of_joining_asked_or_a_link_left_out_ask_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can anyone send me the yt link of the live session held on tuesday?", "recording"),
        ("anyone has the link to the RFC draft you all talked about in the call?", "document"),
        ("where is the draft we discussed in the meeting?", "document"),
        ("what's the link for today's call?", "meeting"),
    ],
)
def test_a_video_site_s_short_name_or_a_draft_says_what_kind_is_asked(text: str, kind: str) -> None:
    """ "yt" is a recording; a draft spoken of in a call is the document asked, not the call's link."""
    assert wanted_kinds(kinds_of(text)) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "Got it from the calendar invite, sorry for spam",
        "got it in the mail after all, thanks",
        "c bon trouvé dans l'invit, dsl",
        "trouvé sur le drive, merci !",
    ],
)
def test_an_asker_who_got_the_link_elsewhere_says_the_trouble_is_over(sentence: str) -> None:
    """Read as the asker's trouble over (`after_solved` leaves nothing), so a request before it is not asked of
    anyone once the settle delay has seen it."""
    folded = fold(sentence)
    assert after_solved(folded) != folded and not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I haven't got it from the mail yet, can someone share the link?",
        "pas trouvé sur le drive, quelqu'un a le lien ?",
    ],
)
def test_a_link_not_got_elsewhere_is_still_asked(sentence: str) -> None:
    assert is_request(sentence)
