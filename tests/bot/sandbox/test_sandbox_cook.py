"""Raw → cooked HTML, in the shape of real Discourse output."""

from selectolax.lexbor import LexborHTMLParser

from bot.sandbox.cook import cook

USERS = {"alice", "scribe", "membre"}


def lookup(name):
    return name if name.lower() in USERS else None


def test_mentions_known_unknown_and_code():
    html = cook("Salut @Alice et @inconnu, `@scribe` ne notifie pas.\n\n```\n@membre\n```", lookup)
    assert '<a class="mention" href="/u/alice">@Alice</a>' in html
    assert '<span class="mention">@inconnu</span>' in html
    assert "<code>@scribe</code>" in html
    assert "<pre><code>@membre\n</code></pre>" in html
    assert html.count('class="mention"') == 2


def test_quote_block():
    html = cook('[quote="alice, post:3, topic:42"]\nLe rendez-vous est à 18h30, @membre.\n[/quote]\n\nMerci !', lookup)
    tree = LexborHTMLParser(html)
    aside = tree.css_first("aside.quote")
    assert aside.attributes["data-username"] == "alice"
    assert aside.attributes["data-post"] == "3" and aside.attributes["data-topic"] == "42"
    assert "quote no-group" in aside.attributes["class"]
    assert aside.css_first("div.title div.quote-controls") is not None
    assert aside.css_first("div.title").text().strip() == "alice:"
    assert aside.css_first("blockquote a.mention").text() == "@membre"
    assert html.endswith("<p>Merci !</p>")


def test_local_date_emoji_links_and_breaks():
    html = cook(
        'Rendez-vous [date=2026-12-03 time=18:00 timezone="Europe/Paris"] :tada: :not_an_emoji:\n'
        "Lien : https://example.org/visio.",
        lookup,
    )
    span = LexborHTMLParser(html).css_first("span.discourse-local-date")
    assert span.attributes["data-date"] == "2026-12-03"
    assert span.attributes["data-time"] == "18:00"
    assert span.attributes["data-timezone"] == "Europe/Paris"
    assert span.attributes["data-email-preview"] == "2026-12-03T17:00:00Z UTC"
    assert '<img src="/images/emoji/twitter/tada.png?v=12" title=":tada:" class="emoji" alt=":tada:"' in html
    assert ":not_an_emoji:" in html
    assert "<br>\n" in html
    assert '<a href="https://example.org/visio" rel="noopener nofollow ugc">https://example.org/visio</a>.' in html


def test_times_are_not_emoji_and_poll_stays_text():
    html = cook("Début à 18:30:00 puis pause.\n\n[poll]\n* Oui\n* Non\n[/poll]", lookup)
    assert "18:30:00" in html and "emoji" not in html
    assert "[poll]" in html
