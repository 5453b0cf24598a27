"""Uploads as Discourse has them: multipart, size limit, short_url, served back."""

from __future__ import annotations

import hashlib

import aiohttp
from pydiscourse import DiscourseClient

from bot import charts
from bot.sandbox.uploads import base62, sha1_of_base62
from tests.conftest import validate

PNG = charts.render(charts.weekly_activity(["02/11", "09/11"], [3, 5], [2, 3], "fr"))


def form(data: bytes = PNG, name: str = "chart.png", kind: str | None = "composer") -> aiohttp.FormData:
    body = aiohttp.FormData()
    if kind:
        body.add_field("type", kind)
    body.add_field("file", data, filename=name, content_type="image/png")
    return body


async def test_upload_answers_the_record_and_serves_the_file(sandbox, api):
    record = await api.post("/uploads.json", data=form())
    validate("upload_create_response", record)
    sha1 = hashlib.sha1(PNG).hexdigest()
    assert record["short_url"] == f"upload://{base62(sha1)}.png"
    assert record["url"].endswith(f"{sha1}.png") and record["filesize"] == len(PNG)
    assert (record["width"], record["height"]) == (750, 320)
    for path in (record["url"], record["short_path"]):
        r, body = await api.call("GET", path, user=None)
        assert r.status == 200 and r.headers["Content-Type"] == "image/png" and body == PNG
    again = await api.post("/uploads.json", data=form())
    assert again["id"] == record["id"]  # same bytes, same upload (UploadCreator finds it by SHA-1)
    assert sha1_of_base62(base62(sha1)) == sha1


async def test_upload_refusals_follow_discourse(sandbox, api):
    r, _ = await api.call("POST", "/uploads.json", user=None, data=form())
    assert r.status == 403
    await api.post("/uploads.json", data=form(kind=None), expect=400)
    assert "authorized" in (await api.post("/uploads.json", data=form(name="x.exe"), expect=422))["errors"][0]
    sandbox.uploads.max_image_size_kb = 1
    assert "too big" in (await api.post("/uploads.json", data=form(), expect=422))["errors"][0]
    r, _ = await api.call("GET", "/uploads/short-url/abc.png", user=None)
    assert r.status == 404


async def test_pydiscourse_uploads_through_the_sandbox(sandbox, tmp_path):
    """An independent client sends the same multipart request."""
    import asyncio

    path = tmp_path / "chart.png"
    path.write_bytes(PNG)
    client = DiscourseClient(sandbox.url.rstrip("/"), api_username="scribe", api_key="sandbox-key", timeout=10)
    record = await asyncio.to_thread(client.upload_image, str(path), "composer", True)
    assert record["short_url"].startswith("upload://") and record["extension"] == "png"
