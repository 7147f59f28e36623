"""The inventory: the files under the root that the browser may read, and every skip with its reason.

It runs in a worker thread (see handlers.py) and hands out its records in batches, so the
server can stream them while the walk goes on. It only ever calls scandir, stat, lstat,
realpath and access: it opens no file, and so can neither block on a FIFO nor wake a device.
"""

from __future__ import annotations

import os
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterator

from .confine import is_within
from .kinds import file_kind
from .limits import Limits
from .skips import reason_by_content, reason_by_path

Record = dict[str, object]

# access() should judge by the ids the server runs as, which is what open() would use.
_EFFECTIVE = os.access in os.supports_effective_ids


def can_read(path: str) -> bool:
    """Whether the server could open this file for reading (permissions, ACLs)."""
    return os.access(path, os.R_OK, effective_ids=_EFFECTIVE)


def list_dir(path: str) -> list[os.DirEntry]:
    """A folder's entries, sorted by name so that an inventory is stable from run to run."""
    with os.scandir(path) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _is_real_dir(entry: os.DirEntry) -> bool:
    """A folder, not a link to one. scandir knows this without a system call on most file systems."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False  # then _file_like's own stat records why


def _is_real_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def walk(
    root: str,
    limits: Limits,
    *,
    batch_size: int = 500,
    batch_seconds: float = 0.2,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[list[Record]]:
    """Walks the root depth-first and yields the records in batches; the last one ends with the summary.

    @param root - the resolved root directory (see confine.real_root)
    @param limits - the limits of this request
    @param batch_size - records per batch at most, so that a client sees progress
    @param batch_seconds - a batch is also handed out when this much time has passed
    """
    yield from _Inventory(root, limits, clock).batches(batch_size, batch_seconds)


class _Inventory:
    """One walk's state: the records not yet handed out, and the running totals for the summary."""

    def __init__(self, root: str, limits: Limits, clock: Callable[[], float]) -> None:
        self._root = root
        self._limits = limits
        self._clock = clock
        self._pending: list[Record] = []
        self._files = 0
        self._bytes = 0
        self._by_kind: dict[str, dict[str, int]] = {}
        self._skipped: Counter[str] = Counter()
        self._truncated: str | None = None

    def batches(self, batch_size: int, batch_seconds: float) -> Iterator[list[Record]]:
        started = batch_started = self._clock()
        deadline = started + self._limits.max_seconds
        try:
            root_stat = os.stat(self._root)
        except OSError:
            self._skip((), "unreadable")
            root_stat = None
        # Each entry: (absolute path, relative parts, (dev, inode) of it and its ancestors).
        stack = [(self._root, (), ((root_stat.st_dev, root_stat.st_ino),))] if root_stat else []
        while stack and self._truncated is None:
            path, parts, ancestors = stack.pop()
            subdirs = []
            for entry in self._entries(path, parts):
                if self._clock() > deadline:
                    self._truncated = "max-seconds"
                    break
                if _is_real_dir(entry):
                    subdirs.append(entry)
                else:
                    self._file_like(entry, parts + (entry.name,))
                if self._truncated:
                    break
                if len(self._pending) >= batch_size or (self._pending and self._clock() - batch_started >= batch_seconds):
                    yield self._take()
                    batch_started = self._clock()
            if self._truncated:
                break
            # Files of a folder come before its subfolders; reversed so the stack pops them in order.
            for entry in reversed(subdirs):
                child = self._enterable(entry, parts + (entry.name,), ancestors, root_stat.st_dev)
                if child:
                    stack.append(child)
        yield self._take() + [self._summary(self._clock() - started)]

    def _entries(self, path: str, parts: tuple[str, ...]) -> list[os.DirEntry]:
        try:
            entries = list_dir(path)
        except OSError:
            self._skip(parts, "unreadable")
            return []
        if parts:
            files = {e.name for e in entries if _is_real_file(e)}
            dirs = {e.name for e in entries if _is_real_dir(e)}
            reason = reason_by_content(parts[-1], files, dirs)
            if reason:
                self._skip(parts, reason)
                return []
        return entries

    def _enterable(
        self, entry: os.DirEntry, parts: tuple[str, ...], ancestors: tuple[tuple[int, int], ...], root_dev: int
    ) -> tuple[str, tuple[str, ...], tuple[tuple[int, int], ...]] | None:
        """The stack entry for a subfolder, or None after recording why it is skipped."""
        reason = reason_by_path(parts)
        if reason is None and len(parts) > self._limits.max_depth:
            reason = "depth"
        if reason is None:
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                reason = "unreadable"
            else:
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    reason = "loop"  # a bind mount of one of its own ancestors
                elif st.st_dev != root_dev and not self._limits.follow_mounts:
                    reason = "mount"
                else:
                    return (entry.path, parts, ancestors + (key,))
        self._skip(parts, reason)
        return None

    def _file_like(self, entry: os.DirEntry, parts: tuple[str, ...]) -> None:
        """Lists a file, or records why not: a link, a special file, too large, unreadable, or the limit."""
        link_target = None
        if entry.is_symlink():
            target = os.path.realpath(entry.path)
            if not is_within(self._root, target):
                # Say nothing about where it points: that is outside what this server shows.
                return self._skip(parts, "symlink-escape")
            link_target = os.path.relpath(target, self._root).replace(os.sep, "/")
        try:
            # For a link, stat follows it to the (confined) target, which is what a read would open.
            st = os.stat(entry.path) if link_target is not None else entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            # A link to nothing; or a file deleted since the folder was listed.
            return self._skip(parts, "broken-symlink" if link_target is not None else "unreadable")
        except OSError as err:
            return self._skip(parts, "symlink-loop" if err.errno == getattr(os, "ELOOP", 40) else "unreadable")
        extra = {} if link_target is None else {"linkTarget": link_target}
        if stat.S_ISDIR(st.st_mode):
            # Links to folders are never followed, which is what makes loops impossible; the
            # folder they point to is listed at its own place in the root.
            return self._skip(parts, "symlink-dir", **extra)
        if not stat.S_ISREG(st.st_mode):
            return self._skip(parts, "special-file")
        if st.st_size > self._limits.max_file_bytes:
            return self._skip(parts, "too-large", size=st.st_size)
        if not can_read(entry.path):
            return self._skip(parts, "unreadable")
        if self._files >= self._limits.max_files:
            self._truncated = "max-files"
            return None
        self._add_file(parts, st, extra)
        return None

    def _add_file(self, parts: tuple[str, ...], st: os.stat_result, extra: Record) -> None:
        kind = file_kind(parts[-1])
        perms = stat.S_IMODE(st.st_mode)
        self._pending.append(
            {
                "type": "file",
                "path": "/".join(parts),
                "size": st.st_size,
                "mtime": round(st.st_mtime, 3),
                "mode": format(perms, "04o"),
                "groupReadable": bool(perms & stat.S_IRGRP),
                "worldReadable": bool(perms & stat.S_IROTH),
                "kind": kind,
                **extra,
            }
        )
        self._files += 1
        self._bytes += st.st_size
        totals = self._by_kind.setdefault(kind, {"files": 0, "bytes": 0})
        totals["files"] += 1
        totals["bytes"] += st.st_size

    def _skip(self, parts: tuple[str, ...], reason: str, **extra: object) -> None:
        self._skipped[reason] += 1
        self._pending.append({"type": "skip", "path": "/".join(parts), "reason": reason, **extra})

    def _take(self) -> list[Record]:
        taken, self._pending = self._pending, []
        return taken

    def _summary(self, seconds: float) -> Record:
        limits = self._limits
        return {
            "type": "summary",
            "files": self._files,
            "bytes": self._bytes,
            "byKind": self._by_kind,
            "skipped": dict(sorted(self._skipped.items())),
            "truncated": self._truncated is not None,
            "reason": self._truncated,
            "seconds": round(seconds, 3),
            "limits": {
                "maxFiles": limits.max_files,
                "maxDepth": limits.max_depth,
                "maxSeconds": limits.max_seconds,
                "maxFileBytes": limits.max_file_bytes,
            },
        }
