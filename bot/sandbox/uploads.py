"""Uploads as Discourse has them (app/controllers/uploads_controller.rb, UploadCreator).

`POST /uploads.json` (multipart: `type` or `upload_type`, `file`; login required) stores the
file by its SHA-1 (the same bytes give the same upload back) and answers the upload record
(`UploadSerializer`: `url`, `short_url` = `upload://<base62 sha1>.<ext>`, `short_path`,
width and height of images…). Refusals: no type → 400 `invalid_parameters`; no file, an
extension the site does not authorise or an image over `max_image_size_kb` → 422
`{"errors": [...]}`. Files are served back at their `url` and at `short_path`
(`/uploads/short-url/<base62>.<ext>`), anonymous readers included (Discourse's default).
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field

from aiohttp import web

from .state import SandboxError, UserRecord

BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}
FILE_MISSING = "Sorry, you must provide a file to upload."
TOO_LARGE = (
    "Sorry, the image you are trying to upload is too big (maximum size is {size}), please resize it and try again."
)
NOT_AUTHORISED = "Sorry, the file you are trying to upload is not authorized (authorized extensions: {exts})."


def base62(sha1: str) -> str:
    n = int(sha1, 16)
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out or "0"


def sha1_of_base62(text: str) -> str:
    n = 0
    for ch in text:
        n = n * 62 + BASE62.index(ch)
    return f"{n:040x}"


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG or GIF header (0, 0 when unknown)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    return 0, 0


def human_size(size: int) -> str:
    return f"{size} Bytes" if size < 1024 else f"{size / 1024:.1f} KB" if size < 1024**2 else f"{size / 1024**2:.1f} MB"


@dataclass
class Upload:
    id: int
    sha1: str
    original_filename: str
    extension: str
    data: bytes
    user_id: int
    width: int
    height: int

    @property
    def url(self) -> str:
        return f"/uploads/default/original/1X/{self.sha1}.{self.extension}"

    @property
    def short_url(self) -> str:
        return f"upload://{base62(self.sha1)}.{self.extension}"

    @property
    def short_path(self) -> str:
        return f"/uploads/short-url/{base62(self.sha1)}.{self.extension}"

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "url": self.url,
            "original_filename": self.original_filename,
            "filesize": len(self.data),
            "width": self.width,
            "height": self.height,
            "thumbnail_width": self.width,
            "thumbnail_height": self.height,
            "extension": self.extension,
            "short_url": self.short_url,
            "short_path": self.short_path,
            "retain_hours": None,
            "human_filesize": human_size(len(self.data)),
            "dominant_color": None,
            "thumbnail": None,
        }


@dataclass
class Uploads:
    """The sandbox's uploaded files, by SHA-1 (site settings `max_image_size_kb`, `authorized_extensions`)."""

    max_image_size_kb: int = 4096
    by_sha1: dict[str, Upload] = field(default_factory=dict)
    refuse: bool = False
    """Every upload answered 422 (tests of a post that goes out without its image)."""

    def create(self, user: UserRecord, filename: str, data: bytes) -> Upload:
        ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        if ext not in IMAGE_TYPES or self.refuse:
            raise SandboxError(422, {"errors": [NOT_AUTHORISED.format(exts=", ".join(IMAGE_TYPES))]})
        if len(data) > self.max_image_size_kb * 1024:
            raise SandboxError(422, {"errors": [TOO_LARGE.format(size=human_size(self.max_image_size_kb * 1024))]})
        sha1 = hashlib.sha1(data).hexdigest()
        if sha1 in self.by_sha1:
            return self.by_sha1[sha1]
        width, height = image_size(data)
        upload = Upload(len(self.by_sha1) + 1, sha1, filename, ext, data, user.id, width, height)
        self.by_sha1[sha1] = upload
        return upload


def _uploads(request: web.Request) -> Uploads:
    from .server import sb_of

    return sb_of(request).uploads


async def create(request: web.Request) -> web.Response:
    from .server import jresp, require_login

    user = require_login(request)
    form = await request.post()
    kind = form.get("upload_type") or form.get("type")
    if not kind:
        raise SandboxError(
            400,
            {"errors": ["You supplied invalid parameters to the request: type"], "error_type": "invalid_parameters"},
        )
    file = form.get("file") or form.get("files[]")
    if not isinstance(file, web.FileField):
        raise SandboxError(422, {"errors": [FILE_MISSING]})
    upload = _uploads(request).create(user, file.filename or "file", file.file.read())
    return jresp(upload.to_json())


def _serve(upload: Upload | None) -> web.Response:
    if upload is None:
        raise web.HTTPNotFound()
    return web.Response(body=upload.data, content_type=IMAGE_TYPES.get(upload.extension, "application/octet-stream"))


async def show(request: web.Request) -> web.Response:
    return _serve(_uploads(request).by_sha1.get(request.match_info["sha1"]))


async def show_short(request: web.Request) -> web.Response:
    try:
        sha1 = sha1_of_base62(request.match_info["base62"])
    except ValueError:
        raise web.HTTPNotFound() from None
    return _serve(_uploads(request).by_sha1.get(sha1))


def register(router: web.UrlDispatcher) -> None:
    router.add_post("/uploads.json", create)
    router.add_post("/uploads", create)
    router.add_get("/uploads/default/original/{depth}/{sha1:[0-9a-f]{40}}.{ext}", show)
    router.add_get("/uploads/short-url/{base62:[0-9a-zA-Z]+}.{ext}", show_short)
