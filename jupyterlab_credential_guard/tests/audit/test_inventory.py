"""GET credential-guard/inventory: what is listed, what is skipped and why, and the limits."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from jupyterlab_credential_guard.audit import inventory
from jupyterlab_credential_guard.audit.limits import Limits

from ..conftest import RUNNING_AS_ROOT, by_path

ROOMY = Limits(max_files=1000, max_depth=32, max_seconds=60, max_file_bytes=1 << 20)


async def test_lists_hidden_files_and_folders(make_file, fetch_inventory):
    # Where tools leave credentials: all hidden, which the contents API would not show.
    for rel in (
        ".aws/credentials",
        ".netrc",
        ".config/gcloud/application_default_credentials.json",
        ".cache/huggingface/token",
        "project/.env",
        "analysis/.ipynb_checkpoints/run-checkpoint.ipynb",
        ".git/config",
    ):
        make_file(rel)
    records, summary = await fetch_inventory()
    files = by_path(records, "file")
    assert sorted(files) == sorted(
        [
            ".aws/credentials",
            ".cache/huggingface/token",
            ".config/gcloud/application_default_credentials.json",
            ".git/config",
            ".netrc",
            "analysis/.ipynb_checkpoints/run-checkpoint.ipynb",
            "project/.env",
        ]
    )
    assert summary["files"] == 7
    assert summary["truncated"] is False and summary["reason"] is None


async def test_describes_each_file(make_file, fetch_inventory):
    make_file("a/run.ipynb", "{}", mode=0o600)
    make_file("a/notes.md", "12345", mode=0o640)
    make_file("a/plot.png", b"\x89PNG", mode=0o644)
    records, summary = await fetch_inventory()
    files = by_path(records, "file")
    assert files["a/run.ipynb"] | {"mtime": 0} == {
        "type": "file",
        "path": "a/run.ipynb",
        "size": 2,
        "mtime": 0,
        "mode": "0600",
        "groupReadable": False,
        "worldReadable": False,
        "kind": "notebook",
    }
    assert (files["a/notes.md"]["mode"], files["a/notes.md"]["groupReadable"], files["a/notes.md"]["worldReadable"]) == (
        "0640",
        True,
        False,
    )
    assert (files["a/plot.png"]["kind"], files["a/plot.png"]["worldReadable"]) == ("binary", True)
    assert abs(files["a/run.ipynb"]["mtime"] - os.stat(make_file("b.txt")).st_mtime) < 60
    assert summary["bytes"] == 2 + 5 + 4
    assert summary["byKind"] == {
        "notebook": {"files": 1, "bytes": 2},
        "text": {"files": 1, "bytes": 5},
        "binary": {"files": 1, "bytes": 4},
    }


async def test_skips_installed_and_regenerated_folders_with_their_reasons(make_file, fetch_inventory):
    make_file("env/pyvenv.cfg", "home = /usr\n")
    make_file("env/lib/site.py")
    make_file("miniconda/conda-meta/history", "")
    make_file("miniconda/pkgs/urls.txt", "")
    make_file(".conda/pkgs/urls.txt", "")
    make_file("web/node_modules/left-pad/index.js")
    make_file("web/app.js")
    make_file("repo/.git/objects/ab/cdef", b"\x78\x01")
    make_file("repo/.git/modules/sub/objects/pack/x.pack", b"\x00")
    make_file("repo/.git/config")
    make_file("repo/pkg/__pycache__/m.cpython-311.pyc", b"\x00")
    make_file(".cache/pip/http/x", b"\x00")
    make_file(".cache/huggingface/hub/models--x/blob", b"\x00")
    make_file(".cache/huggingface/token")
    make_file("data/pkgs/readme.txt")  # a folder merely named pkgs is walked
    records, summary = await fetch_inventory()
    skips = {path: record["reason"] for path, record in by_path(records, "skip").items()}
    assert skips == {
        "env": "venv",
        "miniconda": "venv",
        ".conda/pkgs": "conda-pkgs",
        "web/node_modules": "node_modules",
        "repo/.git/objects": "git-objects",
        "repo/.git/modules/sub/objects": "git-objects",
        "repo/pkg/__pycache__": "cache",
        ".cache/pip": "cache",
        ".cache/huggingface/hub": "cache",
    }
    assert sorted(by_path(records, "file")) == [".cache/huggingface/token", "data/pkgs/readme.txt", "repo/.git/config", "web/app.js"]
    assert summary["skipped"] == {"cache": 3, "conda-pkgs": 1, "git-objects": 2, "node_modules": 1, "venv": 2}


async def test_skips_files_over_the_size_limit(make_file, fetch_inventory):
    make_file("small.txt", "a" * 10)
    make_file("big.txt", "a" * 11)
    records, summary = await fetch_inventory(max_file_bytes=10)
    assert sorted(by_path(records, "file")) == ["small.txt"]
    assert by_path(records, "skip")["big.txt"] == {"type": "skip", "path": "big.txt", "reason": "too-large", "size": 11}
    assert summary["skipped"] == {"too-large": 1}
    assert summary["limits"]["maxFileBytes"] == 10


async def test_stops_at_the_file_limit_and_says_so(make_file, fetch_inventory):
    for i in range(10):
        make_file(f"n{i}.txt")
    records, summary = await fetch_inventory(max_files=3)
    assert [r["path"] for r in records if r["type"] == "file"] == ["n0.txt", "n1.txt", "n2.txt"]
    assert (summary["files"], summary["truncated"], summary["reason"]) == (3, True, "max-files")


async def test_exactly_the_file_limit_is_not_truncated(make_file, fetch_inventory):
    for i in range(3):
        make_file(f"n{i}.txt")
    _records, summary = await fetch_inventory(max_files=3)
    assert (summary["files"], summary["truncated"]) == (3, False)


async def test_stops_at_the_time_limit_and_says_so(make_file, fetch_inventory):
    make_file("a.txt")
    records, summary = await fetch_inventory(max_seconds=0)
    assert records == []
    assert (summary["truncated"], summary["reason"]) == (True, "max-seconds")


async def test_does_not_enter_folders_below_the_depth_limit(make_file, fetch_inventory):
    make_file("top.txt")
    make_file("a/one.txt")
    make_file("a/b/two.txt")
    make_file("a/b/c/three.txt")
    records, summary = await fetch_inventory(max_depth=1)
    assert sorted(by_path(records, "file")) == ["a/one.txt", "top.txt"]
    assert by_path(records, "skip")["a/b"]["reason"] == "depth"
    assert summary["skipped"] == {"depth": 1}


async def test_streams_many_files_in_order(make_file, fetch_inventory):
    for i in range(1200):
        make_file(f"many/f{i:04d}.txt")
    make_file("many/sub/last.txt")
    records, summary = await fetch_inventory()
    paths = [r["path"] for r in records]
    # Depth-first, names sorted, a folder's files before its subfolders.
    assert paths == [f"many/f{i:04d}.txt" for i in range(1200)] + ["many/sub/last.txt"]
    assert summary["files"] == 1201


def test_hands_out_records_in_batches(tmp_path):
    for i in range(25):
        (tmp_path / f"f{i:02d}.txt").write_text("x")
    batches = list(inventory.walk(str(tmp_path), ROOMY, batch_size=10, batch_seconds=60))
    assert [len(batch) for batch in batches] == [10, 10, 5 + 1]
    assert batches[-1][-1]["type"] == "summary"


async def test_symlinks(make_file, fetch_inventory, jp_root_dir, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    make_file("real/data.txt")
    (jp_root_dir / "inside-link.txt").symlink_to(jp_root_dir / "real" / "data.txt")
    (jp_root_dir / "escape-file").symlink_to(outside / "secret.txt")
    (jp_root_dir / "escape-dir").symlink_to(outside)
    (jp_root_dir / "escape-relative").symlink_to("../outside/secret.txt")
    (jp_root_dir / "folder-link").symlink_to(jp_root_dir / "real")
    (jp_root_dir / "real" / "up").symlink_to("..")  # would loop forever if folder links were followed
    (jp_root_dir / "dangling").symlink_to(jp_root_dir / "nothing-here")
    (jp_root_dir / "loop-a").symlink_to("loop-b")
    (jp_root_dir / "loop-b").symlink_to("loop-a")
    records, _summary = await fetch_inventory()
    files = by_path(records, "file")
    assert sorted(files) == ["inside-link.txt", "real/data.txt"]
    assert files["inside-link.txt"]["linkTarget"] == "real/data.txt"
    skips = by_path(records, "skip")
    assert {path: record["reason"] for path, record in skips.items()} == {
        "escape-file": "symlink-escape",
        "escape-dir": "symlink-escape",
        "escape-relative": "symlink-escape",
        "folder-link": "symlink-dir",
        "real/up": "symlink-dir",
        "dangling": "broken-symlink",
        "loop-a": "symlink-loop",
        "loop-b": "symlink-loop",
    }
    # Where an escaping link points is never said.
    assert all("linkTarget" not in skips[p] for p in ("escape-file", "escape-dir", "escape-relative"))
    assert skips["folder-link"]["linkTarget"] == "real"


async def test_special_files_are_skipped_without_being_opened(jp_root_dir, fetch_inventory):
    # Opening a FIFO for reading would block until a writer comes: the walk must never do it.
    os.mkfifo(jp_root_dir / "pipe")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(jp_root_dir / "sock"))
    try:
        records, summary = await fetch_inventory()
    finally:
        server.close()
    assert {path: r["reason"] for path, r in by_path(records, "skip").items()} == {"pipe": "special-file", "sock": "special-file"}
    assert summary["skipped"] == {"special-file": 2}


def test_devices_are_skipped(tmp_path):
    try:
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as err:
        pytest.skip(f"cannot make a device node here: {err}")
    (summary_batch,) = list(inventory.walk(str(tmp_path), ROOMY))
    assert summary_batch[0] == {"type": "skip", "path": "null", "reason": "special-file"}


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads files whatever their mode; see the simulated test below")
async def test_unreadable_files_and_folders_are_skipped(make_file, fetch_inventory, jp_root_dir):
    make_file("locked.txt", mode=0o000)
    make_file("closed/inside.txt")
    (jp_root_dir / "closed").chmod(0o000)
    try:
        records, summary = await fetch_inventory()
    finally:
        (jp_root_dir / "closed").chmod(0o755)
    assert {path: r["reason"] for path, r in by_path(records, "skip").items()} == {"locked.txt": "unreadable", "closed": "unreadable"}
    assert summary["skipped"] == {"unreadable": 2}


async def test_unreadable_files_and_folders_are_skipped_simulated(make_file, fetch_inventory, monkeypatch):
    # As root (as in CI containers) permissions cannot make a file unreadable, so the two
    # checks the walk relies on are made to answer as they would for an ordinary user.
    make_file("locked.txt")
    make_file("open.txt")
    make_file("closed/inside.txt")
    real_list_dir = inventory.list_dir

    def list_dir(path):
        if os.path.basename(path) == "closed":
            raise PermissionError(13, "Permission denied")
        return real_list_dir(path)

    monkeypatch.setattr(inventory, "can_read", lambda path: os.path.basename(path) != "locked.txt")
    monkeypatch.setattr(inventory, "list_dir", list_dir)
    records, summary = await fetch_inventory()
    assert sorted(by_path(records, "file")) == ["open.txt"]
    assert {path: r["reason"] for path, r in by_path(records, "skip").items()} == {"locked.txt": "unreadable", "closed": "unreadable"}


class _MountedEntry:
    """A scandir entry for a folder, as if another file system were mounted on it."""

    def __init__(self, entry: os.DirEntry) -> None:
        self.name, self.path = entry.name, entry.path
        fields = list(os.lstat(entry.path))
        fields[stat.ST_DEV] += 1
        self._stat = os.stat_result(fields)

    def is_dir(self, follow_symlinks=True):
        return True

    def is_file(self, follow_symlinks=True):
        return False

    def is_symlink(self):
        return False

    def stat(self, follow_symlinks=True):
        return self._stat


@pytest.mark.parametrize("follow_mounts, listed", [(False, ["mine.txt"]), (True, ["mine.txt", "shared/data.txt"])])
def test_another_file_system_is_entered_only_when_configured(tmp_path, monkeypatch, follow_mounts, listed):
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "data.txt").write_text("x")
    (tmp_path / "mine.txt").write_text("x")
    real_list_dir = inventory.list_dir
    monkeypatch.setattr(
        inventory, "list_dir", lambda path: [_MountedEntry(e) if e.name == "shared" else e for e in real_list_dir(path)]
    )
    limits = Limits(**{**ROOMY.__dict__, "follow_mounts": follow_mounts})
    records = [record for batch in inventory.walk(str(tmp_path), limits) for record in batch]
    assert sorted(by_path(records, "file")) == listed
    assert ("shared" in by_path(records, "skip")) is not follow_mounts


def test_a_root_that_cannot_be_listed_ends_with_a_summary(tmp_path):
    (only,) = list(inventory.walk(str(tmp_path / "missing"), ROOMY))
    assert only[0] == {"type": "skip", "path": "", "reason": "unreadable"}
    assert only[-1]["type"] == "summary"
