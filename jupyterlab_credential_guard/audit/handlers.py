"""The two read-only HTTP endpoints of "Check my files"; the format is documented in docs/admin.md."""

from __future__ import annotations

import asyncio
import json

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import APIHandler
from tornado import web
from tornado.iostream import StreamClosedError

from . import batch, inventory
from .confine import OutsideRoot, real_root
from .limits import CredentialGuardAudit, Limits
from .read import ReadRefused, read_text

NDJSON = "application/x-ndjson; charset=utf-8"
FRAMES = "application/octet-stream"
NOT_FOUND = "No such file under the server's root."


class _AuditHandler(APIHandler):
    """What both endpoints share: the permission to read contents, GET only, no caching."""

    # Reading the files of the root is exactly what the contents API's "read" permission allows.
    auth_resource = "contents"

    def initialize(self, audit: CredentialGuardAudit, root: str) -> None:
        self._audit = audit
        self._root = root

    def _limits(self, *names: str) -> Limits:
        query = {name: self.get_query_argument(name, None) for name in names}
        try:
            return Limits.from_config(self._audit).lowered_by(query)
        except ValueError as err:
            raise web.HTTPError(400, str(err)) from None

    def set_default_headers(self) -> None:
        super().set_default_headers()
        # File listings and contents must not linger in a browser or proxy cache.
        self.set_header("Cache-Control", "no-store")


class InventoryHandler(_AuditHandler):
    """GET {base_url}credential-guard/inventory: NDJSON, one record per line, ending with a summary."""

    @web.authenticated
    @authorized
    async def get(self) -> None:
        limits = self._limits("max_files", "max_depth", "max_seconds", "max_file_bytes")
        self.set_header("Content-Type", NDJSON)
        walker = inventory.walk(real_root(self._root), limits)
        loop = asyncio.get_running_loop()
        try:
            while True:
                # Each batch is walked in a worker thread, so the event loop stays free; the next
                # one starts only once this one is sent, which keeps memory flat for slow clients.
                batch = await loop.run_in_executor(None, next, walker, None)
                if batch is None:
                    break
                self.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in batch))
                await self.flush()
        except StreamClosedError:
            return  # the client went away (Cancel); the walk simply stops here
        except Exception:
            # Headers are sent already, so say it in the stream. No path or content goes to the log.
            self.log.exception("credential-guard: the inventory stopped on an unexpected error")
            self.write(json.dumps({"type": "error", "message": "The inventory stopped on an unexpected error."}) + "\n")
        finally:
            try:
                walker.close()
            except ValueError:
                pass  # still running in its thread (the server is stopping); it ends at its time limit
        self.finish(set_content_type=NDJSON)


class FileHandler(_AuditHandler):
    """GET {base_url}credential-guard/file?path=REL: JSON with the text of one file under the root."""

    @web.authenticated
    @authorized
    async def get(self) -> None:
        rel = self.get_query_argument("path", None)
        if not rel:
            raise web.HTTPError(400, "The query parameter path is required.")
        limits = self._limits("max_file_bytes")
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(None, read_text, real_root(self._root), rel, limits.max_file_bytes)
        except OutsideRoot:
            raise web.HTTPError(404, NOT_FOUND) from None
        except ReadRefused as refused:
            raise web.HTTPError(refused.status, refused.message) from None
        self.finish(json.dumps(result, ensure_ascii=False))


class FilesHandler(_AuditHandler):
    """GET {base_url}credential-guard/files?path=A&path=B…: many files as frames (see batch.py)."""

    @web.authenticated
    @authorized
    async def get(self) -> None:
        paths = self.get_query_arguments("path")
        if not paths:
            raise web.HTTPError(400, "The query parameter path is required.")
        if len(paths) > batch.MAX_PATHS:
            raise web.HTTPError(400, f"At most {batch.MAX_PATHS} paths may be asked for at once.")
        limits = self._limits("max_file_bytes")
        root = real_root(self._root)
        self.set_header("Content-Type", FRAMES)
        loop = asyncio.get_running_loop()
        index = 0
        # Folders resolved for this request only, so a link changed later is seen by the next one.
        folders: dict[str, str] = {}
        try:
            while index < len(paths):
                # Read in a worker thread, a chunk at a time, each sent before the next is read:
                # the event loop stays free and memory holds one chunk.
                frames, index = await loop.run_in_executor(
                    None, batch.read_frames, root, paths, index, limits.max_file_bytes, folders
                )
                self.write(frames)
                await self.flush()
        except StreamClosedError:
            return  # the client went away (Cancel)
        self.finish()
