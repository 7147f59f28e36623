"""Keeping every path the audit touches inside the server's root directory."""

from __future__ import annotations

import os


class OutsideRoot(Exception):
    """A requested path is not a file under the root: it escapes it, or it does not exist.

    The two cases are deliberately one error, so that an answer never tells whether
    something exists outside the root.
    """


def real_root(root: str) -> str:
    """The root with every symlink resolved, which is what confinement compares against."""
    return os.path.realpath(root)


def is_within(root: str, real_path: str) -> bool:
    """Whether a resolved path is the resolved root or below it.

    A plain prefix test would accept `/home/ann2` for the root `/home/ann`; the separator avoids that.
    """
    return real_path == root or real_path.startswith(root.rstrip(os.sep) + os.sep)


def relative_parts(rel: str) -> list[str]:
    """The components of a root-relative path as a client sends it, or OutsideRoot.

    Refused before touching the file system: empty paths, NUL bytes, absolute paths
    (`/etc/passwd`, `C:\\x`, `\\\\server\\share`) and any `..` component, whatever the separator.
    `.` and empty components (`a//b`, `./a`) are dropped.
    """
    if not rel or "\0" in rel:
        raise OutsideRoot()
    if rel.startswith(("/", "\\")) or os.path.isabs(rel) or os.path.splitdrive(rel)[0]:
        raise OutsideRoot()
    parts = rel.replace("\\", "/").split("/") if os.sep == "\\" else rel.split("/")
    if any(part == ".." for part in parts):
        raise OutsideRoot()
    kept = [part for part in parts if part not in ("", ".")]
    if not kept:
        raise OutsideRoot()
    return kept


def resolve_under_root(root: str, rel: str, folders: dict[str, str] | None = None) -> tuple[str, str]:
    """Resolves a client's root-relative path.

    @param root - the resolved root (see `real_root`)
    @param rel - the path as the client sent it, `/`-separated
    @param folders - resolved folders by their relative path, kept by the caller across the
      paths of one request: `realpath` checks every component of every path, and a batch
      names many files in few folders. Only the last component is then checked per path.
    @returns (resolved absolute path, normalised relative path as the client should see it)
    @raises OutsideRoot when the path is malformed or resolves outside the root; symlinks
      are followed only as far as their final target, which must lie inside the root.
    """
    parts = relative_parts(rel)
    if folders is None:
        resolved = os.path.realpath(os.path.join(root, *parts))
    else:
        key = "/".join(parts[:-1])
        folder = folders.get(key)
        if folder is None:
            folder = folders[key] = os.path.realpath(os.path.join(root, *parts[:-1]))
        # The folder has no link left in it, so only the last component may be one.
        resolved = os.path.join(folder, parts[-1])
        if os.path.islink(resolved):
            resolved = os.path.realpath(resolved)
    if not is_within(root, resolved) or resolved == root:
        raise OutsideRoot()
    return resolved, "/".join(parts)
