"""Reading posts (raw and cooked) and writing posts that never ping by accident."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from bot import text
from bot.hygiene import clean, has_mark, mark
from bot.mentions import parse_mention
from bot.text import analyse
from tests.handler_kit import make_post

COOKED = (
    '<p>Hello <a class="mention" href="/u/scribe">@scribe</a> lien ?</p>'
    '<aside class="quote no-group" data-username="alice" data-post="3" data-topic="42"><div class="title">alice:</div>'
    '<blockquote><p>ping <a class="mention" href="/u/bob">@bob</a> <a href="https://q.example.org">q</a></p>'
    "</blockquote></aside>"
    '<p>Voir <a href="https://framaforms.org/visio">le formulaire</a> '
    '<img class="emoji" alt=":smile:" src="/e.png"></p>'
    "<pre><code>@carl</code></pre>"
)


@pytest.mark.parametrize(
    "raw",
    [None, "Texte brut : @erin https://brut.example.org"],
    ids=["cooked only, as in exports", "cooked read rather than raw"],
)
def test_cooked_quotes_mentions_links(raw):
    parsed = analyse(make_post(5, "dan", raw, cooked=COOKED))
    assert parsed.mentions == {"scribe"}
    assert [q.post_number for q in parsed.quotes] == [3] and parsed.quotes[0].username == "alice"
    assert [link.url for link in parsed.links] == ["https://framaforms.org/visio"]
    assert "ping" not in parsed.text and ":smile:" in parsed.text


def test_raw_quotes_code_and_bare_urls():
    raw = 'Salut @Scribe\n\n[quote="bob, post:2, topic:7"]\n@carl https://q.org\n[/quote]\n\n`@dan` voir https://zoom.us/j/123.'
    parsed = analyse(make_post(3, "eve", raw))
    assert parsed.mentions == {"scribe"}
    assert [link.url for link in parsed.links] == ["https://zoom.us/j/123"]
    assert parsed.quotes[0].text == "@carl https://q.org"


def test_a_reading_is_remembered_by_a_hash_of_the_texts_not_the_texts():
    raw = " ".join(["Il faudrait ouvrir le local", "le samedi matin."])  # a string of its own
    post = make_post(8, "fay", raw)
    refs = sys.getrefcount(raw)
    first = analyse(post)
    assert sys.getrefcount(raw) == refs  # the cache holds no reference to the post's text
    assert analyse(post) is first
    edited = replace(post, raw=raw + " Et le dimanche.")  # same id and version, another text
    assert "dimanche" in analyse(edited).text and "dimanche" not in first.text


def test_the_readings_remembered_are_bounded(monkeypatch):
    monkeypatch.setattr(text, "ANALYSED", 2)
    posts = [make_post(n, "fay", f"Proposition numéro {n} pour le fil.") for n in (1, 2, 3)]
    first = analyse(posts[0])
    assert analyse(posts[0]) is first
    for post in posts[1:]:
        analyse(post)
    assert analyse(posts[0]) is not first  # the oldest was forgotten, read again


@pytest.mark.parametrize(
    "raw, command, args, direct",
    [
        ("@scribe aide", "aide", "", True),
        ("Bonjour @scribe, synthèse svp", "synthèse", "svp", True),
        ("@scribe digest jeudi 17h30", "digest", "jeudi 17h30", True),
        ("merci @scribe pour tout", "pour", "tout", False),
        ("Salut !\n\n@scribe LIEN?", "lien", "", True),
    ],
)
def test_mention_commands(raw, command, args, direct):
    m = parse_mention(make_post(4, "eve", raw), "scribe")
    assert (m.command, m.args, m.direct) == (command, args, direct)


@pytest.mark.parametrize(
    "raw",
    [
        '[quote="bob, post:2, topic:7"]\n@scribe aide\n[/quote]\n\nJe cite.',
        "> @scribe aide\n\nC'est ce que j'ai tapé hier.",
    ],
    ids=["quote", "bare blockquote"],
)
def test_quoted_mention_is_not_addressed(raw):
    assert parse_mention(make_post(4, "eve", raw), "scribe") is None


def test_a_command_after_a_bare_blockquote_is_the_posts_own():
    m = parse_mention(make_post(4, "eve", "> La visio de jeudi sera-t-elle enregistrée ?\n\n@scribe lien"), "scribe")
    assert m is not None and (m.command, m.direct) == ("lien", True)


def test_clean_defuses_mentions_and_html_but_keeps_allowed_and_code():
    raw = 'Merci @alice et @bob ! @all <script>x</script>\n[quote="carl, post:1, topic:2"]\n@dan\n[/quote]\n`@eve`'
    out = clean(raw, allowed=("bob",))
    assert "@\u200balice" in out and " @bob " in out and "@\u200ball" in out
    assert "<script>" not in out and "&lt;script>" in out
    assert "\n@\u200bdan\n" in out and "`@eve`" in out
    assert clean("écrire à contact@example.org") == "écrire à contact@example.org"
    assert clean("\\`@here` &#64;all") == "\\`@\u200bhere` &amp;#64;all"


def test_marker_round_trip():
    raw = mark("Bonjour", "reply:12:links")
    assert has_mark(raw, "reply:12:links") and not has_mark(raw, "reply:13:links")


def test_one_table_of_words_that_are_never_content():
    from bot.text import AGREEMENT, courtesy, fold, is_noise

    for sentence in ("Merci à tous pour ces échanges, il faut continuer !", "Bonjour à tous,", "Kind regards"):
        assert courtesy(fold(sentence)), sentence
    for sentence in ("Hello everyone, we should open the space on Sundays.", "Il faut ouvrir le dimanche."):
        assert not courtesy(fold(sentence)), sentence
    assert is_noise("Many thanks, see you on Thursday!") and not is_noise("The visit is moved to Thursday at noon.")
    m = AGREEMENT.match(fold("@ana Pareil, je ne trouve pas le lien"))
    assert m is not None and m.group("rest").strip(" ,") == "je ne trouve pas le lien"
    assert AGREEMENT.match("samedi prochain") is None


def test_a_post_of_many_mentions_is_read_at_once() -> None:
    """A mention may end on a full stop ("@ana."): read two ways each, forty of them took hours to
    rule out (a pass stalled on one post)."""
    import time

    from bot.text import AGREEMENT
    from handlers.links.text import is_agreement

    many = "@ana. " * 40 + "rendez-vous samedi"
    started = time.process_time()
    assert AGREEMENT.match(many) is None and not is_agreement(many[:199]) and not is_agreement(many[:390])
    assert AGREEMENT.match("@ana. @ben. " * 10 + "+1") is not None
    assert time.process_time() - started < 1


@pytest.mark.parametrize(
    ("raw", "cooked"),
    [
        (
            None,
            "<blockquote><p>Is there a manual for the tracker?</p></blockquote>"
            '<p>See <a href="https://d.example.org">the docs</a>.</p>',
        ),
        ("> Is there a manual for the tracker?\n\nSee https://d.example.org", None),
    ],
    ids=["cooked", "raw"],
)
def test_a_bare_blockquote_is_someone_elses_words_but_its_reply_keeps_its_links(raw, cooked):
    parsed = analyse(make_post(9, "gus", raw, cooked=cooked))
    assert "manual" not in parsed.text and "See" in parsed.text
    assert "manual" in parsed.with_cited and "See" in parsed.with_cited
    assert [link.url for link in parsed.links] == ["https://d.example.org"]


def test_a_bare_url_in_a_raw_blockquote_stays_known():
    parsed = analyse(make_post(9, "gus", "> Le lien : https://meet.jit.si/suivi\n\nJe transmets."))
    assert parsed.text == "Je transmets." and [link.url for link in parsed.links] == ["https://meet.jit.si/suivi"]


def test_each_outermost_bare_blockquote_is_cited_once():
    raw = "> Ouvrir le samedi ?\n> > Et le dimanche ?\n\nOui.\n\n> Un composteur.\n\nNon."
    parsed = analyse(make_post(9, "gus", raw))
    assert [c.split("\n") for c in parsed.cited] == [["Ouvrir le samedi ?", "", "Et le dimanche ?"], ["Un composteur."]]
    assert parsed.text.split() == ["Oui.", "Non."]


def test_a_post_nesting_thousands_of_unclosed_tags_is_read_whole() -> None:
    """Cooked HTML of a post with thousands of unclosed tags nests that deep: its text is still read."""
    post = make_post(1, "member", "", cooked="<p>" + "<s>x" * 6000 + "</p>")
    assert analyse(post).text.count("x") == 6000


SAFELINK = (
    "https://can01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.zoom.us%2Fj%2F862%3Fpwd%3Dabc"
    "&data=05%7C01%7Corganizer%40example.org%7C"
)


@pytest.mark.parametrize(
    ("anchor", "url"),
    [
        (f'<a href="{SAFELINK}">https://example.zoom.us/j/862?pwd=abc</a>', "https://example.zoom.us/j/862?pwd=abc"),
        (f'<a href="{SAFELINK}">the call</a>', "https://example.zoom.us/j/862?pwd=abc"),
        (
            '<a href="https://urldefense.com/v3/__https://example.org/form__;!!abc$">the form</a>',
            "https://example.org/form",
        ),
        (
            '<a href="https://urldefense.proofpoint.com/v2/url?u=https-3A__example.zoom.us_j_862-3Fpwd-3Dabc'
            '&amp;d=DwMF&amp;c=x&amp;r=organizer&amp;m=y">the call</a>',
            "https://example.zoom.us/j/862?pwd=abc",
        ),
        (
            '<a href="https://secure-web.cisco.com/1Uw6lq/https%3A%2F%2Fexample.zoom.us%2Fj%2F862%3Fpwd%3Dabc">join</a>',
            "https://example.zoom.us/j/862?pwd=abc",
        ),
        (
            '<a href="https://can01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsecure-web.cisco.com%2F1Uw6lq'
            '%2Fhttps%253A%252F%252Fexample.zoom.us%252Fj%252F862%253Fpwd%253Dabc&amp;data=05%7Corganizer">join</a>',
            "https://example.zoom.us/j/862?pwd=abc",
        ),
        (
            '<a href="https://urldefense.proofpoint.com/v1/url?u=https://example.org/form%3Fid%3D4&amp;k=z">form</a>',
            "https://example.org/form?id=4",
        ),
        (
            '<a href="https://example.org/a?url=https://elsewhere.org">page</a>',
            "https://example.org/a?url=https://elsewhere.org",
        ),
    ],
)
def test_a_mail_filters_wrapper_is_read_as_the_address_it_wraps(anchor: str, url: str) -> None:
    """An announcement forwarded from a mailing list has every address wrapped by the recipient's mail filter
    (which also carries their mail address): scribe reads, and passes on, the address the author gave."""
    post = make_post(1, "alice", "", cooked=f"<p>Join us at {anchor}</p>")
    assert [link.url for link in analyse(post).links] == [url]
    assert [link.url for link in text.every_link(post)] == [url]


@pytest.mark.parametrize(
    "cooked",
    [
        '<p>Read more here</p><aside class="quote quote-modified" data-post="1" data-topic="524"><div class="title">'
        '<div class="quote-controls"></div><a href="https://forum.example.org/t/save-as-stl/524">Save as STL</a>'
        "</div><blockquote>excerpt</blockquote></aside>",
        '<p>A short video is available here:</p><div class="lazyYT" data-youtube-id="QQ9kFT8XhtA" '
        'data-youtube-title="Demo" data-width="480"></div>',
        '<p>Here is a link to the series:</p><iframe src="https://www.youtube.com/embed/QTEti9aY0vs" '
        'width="480"></iframe>',
    ],
)
def test_a_preview_of_a_topic_or_a_video_is_a_link_the_post_carries(cooked: str) -> None:
    """Discourse shows a link alone on its line as a preview: another topic's as a quote box, a video as a
    player. The post carries that link, though no anchor of its own text holds it."""
    assert text.every_link(make_post(1, "alice", "", cooked=cooked))


def test_a_quote_of_a_member_is_not_a_link_the_post_carries() -> None:
    cooked = (
        '<aside class="quote no-group" data-username="bob" data-post="1" data-topic="524"><div class="title">'
        '<a href="https://forum.example.org/t/x/524">X</a></div><blockquote>hi</blockquote></aside><p>Thanks</p>'
    )
    assert text.every_link(make_post(1, "alice", "", cooked=cooked)) == ()


def test_a_table_row_of_a_label_and_its_value_reads_as_one_line() -> None:
    cooked = (
        "<table>\n<thead>\n<tr>\n<th></th>\n<th></th>\n</tr>\n</thead>\n<tbody>\n"
        "<tr>\n<td><strong>Date</strong></td>\n<td>samedi 30 mai 2026</td>\n</tr>\n"
        "<tr>\n<td><strong>Heure</strong></td>\n<td>14h00</td>\n</tr>\n"
        "<tr>\n<td>DBMS</td>\n<td>06:00 to 08:00 PM</td>\n<td>09:00 to 11:00 AM</td>\n</tr>\n</tbody>\n</table>"
    )
    lines = text.read_html(cooked).text.split("\n")
    assert "Date : samedi 30 mai 2026" in lines and "Heure : 14h00" in lines
    assert "DBMS" in lines and "06:00 to 08:00 PM" in lines  # a timetable's grid: a cell a line, as before
