"""GET credential-guard/files: many files in one answer, as frames, with each refusal in its frame."""

from __future__ import annotations

import json
import os
import socket
import urllib.parse

import pytest
from tornado.httpclient import HTTPClientError

from jupyterlab_credential_guard.audit import batch
from jupyterlab_credential_guard.audit.confine import real_root

from ..conftest import RUNNING_AS_ROOT


def parse_frames(body: bytes) -> list[tuple[dict, bytes | None]]:
    """The frames of an answer, as (header, bytes or None)."""
    frames = []
    at = 0
    while at < len(body):
        end = body.index(b"\n", at)
        header = json.loads(body[at:end])
        at = end + 1
        data = None
        if header["status"] == 200:
            data = body[at : at + header["size"]]
            at += header["size"]
        frames.append((header, data))
    return frames


@pytest.fixture
def get_files(http_server_client, jp_base_url, jp_serverapp):
    """GETs the batch endpoint with a repeated `path` (jp_fetch takes one value per name)."""

    async def get(paths, **params):
        query = urllib.parse.urlencode([("path", p) for p in paths] + list(params.items()))
        token = jp_serverapp.identity_provider.token
        return await http_server_client.fetch(
            f"{jp_base_url}credential-guard/files?{query}", headers={"Authorization": f"token {token}"}, request_timeout=10
        )

    return get


@pytest.fixture
def read_batch(get_files):
    """The frames of the batch endpoint's answer for `paths`."""

    async def read(paths, **params):
        response = await get_files(paths, **params)
        assert response.headers["Content-Type"] == "application/octet-stream"
        return parse_frames(response.body)

    return read


async def test_returns_each_file_in_the_order_asked(make_file, read_batch):
    make_file("b.txt", "second\n")
    make_file("project/.env", "NAME=välue\n")
    make_file("empty.txt", "")
    frames = await read_batch(["project/.env", "b.txt", "empty.txt"])
    assert [header["index"] for header, _ in frames] == [0, 1, 2]
    assert [data for _, data in frames] == ["NAME=välue\n".encode(), b"second\n", b""]
    assert frames[0][0] == {"index": 0, "status": 200, "size": len("NAME=välue\n".encode())}


async def test_sends_a_notebook_without_its_raster_images_and_other_files_as_they_are(make_file, read_batch):
    notebook = {"cells": [{"outputs": [{"data": {"image/png": "iVBORw0KGgo" + "A" * 5000, "text/plain": "x"}}]}]}
    text = json.dumps(notebook)
    make_file("plot.ipynb", text)
    make_file("plot.json", text)
    frames = await read_batch(["plot.ipynb", "plot.json"])
    notebook["cells"][0]["outputs"][0]["data"]["image/png"] = ""
    assert json.loads(frames[0][1]) == notebook
    assert frames[0][0]["size"] == len(frames[0][1]) < 200
    assert frames[1][1] == text.encode()


async def test_refuses_each_file_as_the_single_read_would(make_file, read_batch, jp_root_dir, tmp_path):
    make_file("ok.txt", "fine\n")
    make_file("big.txt", "x" * 2000)
    make_file("data.bin", b"\x00\x01\x02")
    make_file("folder/inside.txt")
    outside = tmp_path / "outside.txt"
    outside.write_text("not yours\n")
    os.symlink(outside, jp_root_dir / "escape.txt")
    os.mkfifo(jp_root_dir / "pipe")
    paths = ["../outside.txt", "escape.txt", str(outside), "missing.txt", "big.txt", "data.bin", "folder", "pipe", "ok.txt"]
    frames = await read_batch(paths, max_file_bytes=1000)
    assert [(header["status"], data) for header, data in frames] == [
        (404, None),
        (404, None),
        (404, None),
        (404, None),
        (413, None),
        (415, None),
        (400, None),
        (400, None),
        (200, b"fine\n"),
    ]
    # The outside file's content is nowhere in the answer.
    assert all(data is None or b"not yours" not in data for _, data in frames)


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads files whatever their mode")
async def test_an_unreadable_file_is_a_403_frame(make_file, read_batch):
    make_file("secret.txt", "k\n", mode=0o000)
    make_file("ok.txt", "fine\n")
    frames = await read_batch(["secret.txt", "ok.txt"])
    assert [header["status"] for header, _ in frames] == [403, 200]


async def test_a_socket_is_refused_without_being_opened(read_batch, jp_root_dir):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(jp_root_dir / "sock"))
        frames = await read_batch(["sock"])
    assert frames[0][0]["status"] == 400


async def test_asks_for_at_least_one_and_at_most_max_paths(make_file, get_files):
    make_file("a.txt")
    with pytest.raises(HTTPClientError) as none:
        await get_files([])
    assert none.value.code == 400
    assert (await get_files(["a.txt"] * batch.MAX_PATHS)).code == 200
    with pytest.raises(HTTPClientError) as many:
        await get_files(["a.txt"] * (batch.MAX_PATHS + 1))
    assert many.value.code == 400
    assert str(batch.MAX_PATHS) in json.loads(many.value.response.body)["message"]


def test_reads_a_chunk_of_about_chunk_bytes_at_a_time(jp_root_dir, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK_BYTES", 10)
    for name in ("a", "b", "c"):
        (jp_root_dir / name).write_text("123456")
    root = real_root(str(jp_root_dir))
    frames, after = batch.read_frames(root, ["a", "b", "c"], 0, 100)
    # 6 bytes, then 12: over the budget, so the chunk ends after the second file.
    assert after == 2
    assert [header["index"] for header, _ in parse_frames(frames)] == [0, 1]
    frames, after = batch.read_frames(root, ["a", "b", "c"], 2, 100)
    assert after == 3
    # A file larger than the budget still makes progress: one file per chunk at least.
    (jp_root_dir / "big").write_text("x" * 50)
    _, after = batch.read_frames(root, ["big", "a"], 0, 100)
    assert after == 1
