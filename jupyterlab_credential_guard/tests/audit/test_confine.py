"""Confinement to the root, before and after resolving symlinks."""

from __future__ import annotations

import pytest

from jupyterlab_credential_guard.audit.confine import OutsideRoot, is_within, relative_parts, resolve_under_root


@pytest.mark.parametrize(
    "root, path, inside",
    [
        ("/home/ann", "/home/ann", True),
        ("/home/ann", "/home/ann/.aws/credentials", True),
        ("/home/ann", "/home/ann2/notes.txt", False),  # a shared prefix is not a parent
        ("/home/ann", "/home", False),
        ("/", "/etc", True),  # a server rooted at / confines nothing
    ],
)
def test_is_within(root, path, inside):
    assert is_within(root, path) is inside


@pytest.mark.parametrize(
    "rel, parts",
    [
        ("a/b.txt", ["a", "b.txt"]),
        ("./a//b.txt", ["a", "b.txt"]),  # . and empty components are dropped
        (".env", [".env"]),  # hidden names are ordinary names
        ("..hidden", ["..hidden"]),  # only a whole `..` component climbs
        ("a\\..\\b", ["a\\..\\b"]),  # on POSIX a backslash is part of a name
    ],
)
def test_relative_parts_accepts(rel, parts):
    assert relative_parts(rel) == parts


@pytest.mark.parametrize("rel", ["", ".", "./", "..", "../x", "a/../../x", "a/..", "/etc/passwd", "\\x", "a\0b"])
def test_relative_parts_refuses(rel):
    with pytest.raises(OutsideRoot):
        relative_parts(rel)


def test_resolve_under_root_follows_links_only_inside(tmp_path):
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "f.txt").write_text("x")
    (root / "in").symlink_to(root / "real")
    (root / "out").symlink_to(tmp_path)
    (root / "to-root").symlink_to(root)
    assert resolve_under_root(str(root), "in/f.txt") == (str(root / "real" / "f.txt"), "in/f.txt")
    # Only where a path ends up counts: out through one link and back in is inside.
    assert resolve_under_root(str(root), "out/root/real/f.txt")[0] == str(root / "real" / "f.txt")
    (tmp_path / "beside.txt").write_text("x")
    for rel in ("out", "out/beside.txt", "to-root"):
        with pytest.raises(OutsideRoot):
            resolve_under_root(str(root), rel)


def test_resolve_under_root_with_folders_gives_the_same_answers(tmp_path):
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "f.txt").write_text("x")
    (root / "in").symlink_to(root / "real")
    (root / "out").symlink_to(tmp_path)
    (root / "to-root").symlink_to(root)
    (root / "real" / "escape.txt").symlink_to(tmp_path / "beside.txt")
    (root / "real" / "back.txt").symlink_to(root / "real" / "f.txt")
    (tmp_path / "beside.txt").write_text("x")
    folders: dict[str, str] = {}
    for rel in ("in/f.txt", "out/root/real/f.txt", "real/back.txt", "in/back.txt", "real/f.txt"):
        assert resolve_under_root(str(root), rel, folders) == resolve_under_root(str(root), rel)
    # Links out, in a folder or as the last component, are refused with the cache as without.
    for rel in ("out", "out/beside.txt", "to-root", "real/escape.txt", "in/escape.txt"):
        with pytest.raises(OutsideRoot):
            resolve_under_root(str(root), rel, folders)
    # One resolution per folder, reused.
    assert folders["in"] == str(root / "real")
