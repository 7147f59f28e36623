"""GET credential-guard/file: the text of one file under the root, and everything it refuses."""

from __future__ import annotations

import json
import os
import socket
import stat

import pytest
from tornado.httpclient import HTTPClientError

from ..conftest import RUNNING_AS_ROOT


async def read(jp_fetch, path, **params):
    response = await jp_fetch("credential-guard", "file", params={"path": path, **params}, request_timeout=10)
    assert response.headers["Content-Type"].startswith("application/json")
    return json.loads(response.body)


async def refused(jp_fetch, path, **params):
    """The status and message of a refused read."""
    with pytest.raises(HTTPClientError) as error:
        await read(jp_fetch, path, **params)
    return error.value.code, json.loads(error.value.response.body)["message"]


@pytest.fixture
def outside(jp_root_dir, tmp_path):
    """A file beside the root, which no request may read."""
    path = tmp_path / "outside.txt"
    path.write_text("not yours\n")
    assert not str(path).startswith(str(jp_root_dir))
    return path


async def test_returns_the_text_of_a_file(make_file, jp_fetch):
    path = make_file("project/.env", "NAME=value\n")
    answer = await read(jp_fetch, "project/.env")
    assert answer == {
        "path": "project/.env",
        "size": 11,
        "mtime": round(os.stat(path).st_mtime, 3),
        "text": "NAME=value\n",
        "invalidUtf8": False,
    }


async def test_normalises_the_path_it_answers_for(make_file, jp_fetch):
    make_file("a/b.txt", "x")
    assert (await read(jp_fetch, "./a//b.txt"))["path"] == "a/b.txt"


async def test_returns_a_notebook_as_text(make_file, jp_fetch):
    notebook = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    make_file("deep/er/run.ipynb", notebook)
    assert json.loads((await read(jp_fetch, "deep/er/run.ipynb"))["text"])["nbformat"] == 4


NOT_FOUND = (404, "No such file under the server's root.")


@pytest.mark.parametrize(
    "attempt",
    [
        "../outside.txt",  # up out of the root
        "a/../../outside.txt",  # down, then further up
        "..",  # the root's parent itself
        "/etc/passwd",  # absolute
        "//etc/passwd",
        "%2e%2e/outside.txt",  # sent percent-encoded twice: reaches the server as a literal name
        "..%2Foutside.txt",
        "\\..\\outside.txt",  # a Windows-style path is just an odd name on POSIX
        ".",
        "",
    ],
)
async def test_refuses_paths_out_of_the_root(make_file, outside, jp_fetch, attempt):
    make_file("a/inside.txt")
    if attempt == "":
        assert await refused(jp_fetch, attempt) == (400, "The query parameter path is required.")
    else:
        assert await refused(jp_fetch, attempt) == NOT_FOUND


async def test_refuses_the_absolute_path_of_a_file_outside(outside, jp_fetch):
    assert await refused(jp_fetch, str(outside)) == NOT_FOUND


async def test_refuses_traversal_sent_raw_in_the_url(outside, http_server_client, jp_base_url, jp_auth_header):
    # Encoded by hand, so the server's own URL decoding produces the `..`.
    for query in ("path=..%2Foutside.txt", "path=%2E%2E/outside.txt", "path=..%5Coutside.txt"):
        with pytest.raises(HTTPClientError) as error:
            await http_server_client.fetch(f"{jp_base_url}credential-guard/file?{query}", headers=jp_auth_header)
        assert error.value.code == 404


async def test_answers_alike_whether_or_not_the_file_exists_outside(outside, jp_fetch):
    assert await refused(jp_fetch, "../outside.txt") == await refused(jp_fetch, "../no-such-file.txt")
    assert await refused(jp_fetch, "missing.txt") == NOT_FOUND


async def test_refuses_symlinks_that_escape(outside, jp_root_dir, jp_fetch):
    (jp_root_dir / "link.txt").symlink_to(outside)
    (jp_root_dir / "linkdir").symlink_to(outside.parent)
    (jp_root_dir / "relative.txt").symlink_to(os.path.relpath(outside, jp_root_dir))
    for attempt in ("link.txt", "linkdir/outside.txt", "relative.txt"):
        assert await refused(jp_fetch, attempt) == NOT_FOUND


async def test_follows_symlinks_that_stay_inside(make_file, jp_root_dir, jp_fetch):
    make_file("real/data.txt", "inside\n")
    (jp_root_dir / "link.txt").symlink_to(jp_root_dir / "real" / "data.txt")
    (jp_root_dir / "linkdir").symlink_to("real")
    assert (await read(jp_fetch, "link.txt")) | {"mtime": 0} == {
        "path": "link.txt",
        "size": 7,
        "mtime": 0,
        "text": "inside\n",
        "invalidUtf8": False,
    }
    assert (await read(jp_fetch, "linkdir/data.txt"))["text"] == "inside\n"


async def test_size_limit(make_file, jp_fetch):
    make_file("ten.txt", "a" * 10)
    assert (await read(jp_fetch, "ten.txt", max_file_bytes=10))["size"] == 10
    code, message = await refused(jp_fetch, "ten.txt", max_file_bytes=9)
    assert (code, message) == (413, "The file is 10 bytes, over the limit of 9 bytes.")


async def test_refuses_binary_files(make_file, jp_fetch):
    make_file("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert await refused(jp_fetch, "image.png") == (415, "The file is binary (it holds NUL bytes); only text files are returned.")


async def test_looks_for_nul_bytes_only_near_the_start(make_file, jp_fetch):
    # git's heuristic: the first 8000 bytes decide.
    make_file("late.txt", b"a" * 8000 + b"\x00")
    assert (await read(jp_fetch, "late.txt"))["size"] == 8001


async def test_decodes_invalid_utf8_with_replacement_and_says_so(make_file, jp_fetch):
    make_file("latin1.cfg", "password=caf\u00e9\n".encode("latin-1"))
    answer = await read(jp_fetch, "latin1.cfg")
    assert answer["text"] == "password=caf\ufffd\n"
    assert answer["invalidUtf8"] is True


async def test_keeps_valid_utf8_as_is(make_file, jp_fetch):
    make_file("utf8.txt", "caf\u00e9 \u2603\n")
    answer = await read(jp_fetch, "utf8.txt")
    assert (answer["text"], answer["invalidUtf8"], answer["size"]) == ("caf\u00e9 \u2603\n", False, 10)


async def test_refuses_folders(make_file, jp_fetch):
    make_file("folder/x.txt")
    assert await refused(jp_fetch, "folder") == (400, "The path is a folder, not a file.")


SPECIAL = (400, "The path is a special file (FIFO, socket or device), not a regular file.")


async def test_refuses_a_fifo_without_blocking(jp_root_dir, jp_fetch):
    # With no writer, opening this FIFO would hang: the request must come back at once.
    os.mkfifo(jp_root_dir / "pipe")
    assert await refused(jp_fetch, "pipe") == SPECIAL


async def test_refuses_a_socket(jp_root_dir, jp_fetch):
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(jp_root_dir / "sock"))
    try:
        assert await refused(jp_fetch, "sock") == SPECIAL
    finally:
        server.close()


async def test_refuses_a_device_and_a_link_to_one(jp_root_dir, jp_fetch):
    try:
        os.mknod(jp_root_dir / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as err:
        pytest.skip(f"cannot make a device node here: {err}")
    (jp_root_dir / "to-null").symlink_to("null")
    assert await refused(jp_fetch, "null") == SPECIAL
    assert await refused(jp_fetch, "to-null") == SPECIAL


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads files whatever their mode")
async def test_refuses_an_unreadable_file(make_file, jp_fetch):
    make_file("locked.txt", mode=0o000)
    assert await refused(jp_fetch, "locked.txt") == (403, "The file cannot be read with the server's permissions.")


async def test_never_changes_the_file(make_file, jp_fetch):
    path = make_file("keep.txt", "same\n", mode=0o640)
    before = os.stat(path)
    await read(jp_fetch, "keep.txt")
    after = os.stat(path)
    assert (after.st_mode, after.st_size, after.st_mtime_ns) == (before.st_mode, before.st_size, before.st_mtime_ns)
    assert path.read_text() == "same\n"
