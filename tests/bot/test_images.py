"""A write carrying an image: the engine uploads it, then posts; a failed upload never stops the post."""

from __future__ import annotations

import re

from bot import charts
from bot.actions import CreateTopic, Image, image_placeholder

SPEC = charts.weekly_activity(["02/11", "09/11", "16/11"], [4, 9, 6], [2, 5, 3], "fr")


def topic_with_chart(key: str) -> CreateTopic:
    alt = charts.alt_text(SPEC)
    raw = f"Voici l'activité de la semaine.\n\n{image_placeholder('activite')}\n\nLa suite du message, assez longue."
    return CreateTopic(
        key=key,
        title="Activité du forum, semaine test",
        raw=raw,
        category_id=1,
        images=(Image("activite", alt, chart=SPEC),),
    )


async def test_chart_is_uploaded_then_shown_in_the_post(sandbox, make_engine, api):
    engine = await make_engine(sandbox)
    await engine.store.apply([topic_with_chart("t:chart")], engine.clock())
    [(_, post)] = await engine.send()
    raw = sandbox.forum.posts[post.id].raw
    m = re.search(r"!\[([^\]|]+)\|(\d+)x(\d+)\]\((upload://[0-9A-Za-z]+\.png)\)", raw)
    assert m and m.group(1).startswith("Graphique : messages par semaine") and "{{image" not in raw
    record = next(iter(sandbox.uploads.by_sha1.values()))
    assert record.short_url == m.group(4)
    r, body = await api.call("GET", record.short_path, user=None)
    assert r.status == 200 and body[:8] == b"\x89PNG\r\n\x1a\n"
    # the outbox row keeps the spec, not an image: the chart is drawn at send time
    [row] = [r for r in await engine.store.outbox() if r["key"] == "t:chart"]
    assert row["status"] == "done" and '"weekly_activity"' in row["payload"]


async def test_post_goes_out_without_its_image_when_the_upload_fails(sandbox, make_engine):
    sandbox.uploads.refuse = True
    engine = await make_engine(sandbox)
    await engine.store.apply([topic_with_chart("t:nochart")], engine.clock())
    [(_, post)] = await engine.send()
    raw = sandbox.forum.posts[post.id].raw
    assert "upload://" not in raw and "{{image" not in raw and "La suite du message" in raw


async def test_image_bytes_survive_the_outbox_row(sandbox, make_engine):
    png = charts.render(SPEC)
    engine = await make_engine(sandbox)
    action = CreateTopic(
        key="t:bytes",
        title="Une image en octets, test",
        raw=f"Texte d'abord.\n{image_placeholder('x')}",
        images=(Image("x", "une image", data=png),),
    )
    await engine.store.apply([action], engine.clock())
    [(_, post)] = await engine.send()
    assert "upload://" in sandbox.forum.posts[post.id].raw
    assert next(iter(sandbox.uploads.by_sha1.values())).data == png
