"""Reading the text of one file under the root, for the browser's audit: size-capped, never binary."""

from __future__ import annotations

import os
import stat

from .confine import OutsideRoot, resolve_under_root

# git's heuristic, also the command-line scanner's: a NUL byte in the first 8000 bytes means binary.
SNIFF_BYTES = 8000

# Open without following a final symlink (resolve_under_root already resolved it, so one found
# now was swapped in since) and without waiting on anything that is not a plain file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class ReadRefused(Exception):
    """The file exists under the root but is not returned; `status` is the HTTP status to answer with.

    The message is a fixed sentence with numbers at most, never a path or content, because
    the server logs it.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def read_text(root: str, rel: str, max_bytes: int) -> dict[str, object]:
    """The text of a regular file under the root.

    @param root - the resolved root (see confine.real_root)
    @param rel - the file's path relative to the root, `/`-separated
    @param max_bytes - larger files are refused
    @returns `{"path", "size", "mtime", "text", "invalidUtf8"}`; invalid UTF-8 is decoded with
      U+FFFD replacement characters and `invalidUtf8` set, so that a Latin-1 config file is still
      checked while the browser can tell that offsets may be off.
    @raises OutsideRoot for a path that is malformed, outside the root or missing (one answer for all)
    @raises ReadRefused for a folder, special file, unreadable, too large or binary file
    """
    normalised, data, mtime = read_bytes(root, rel, max_bytes)
    try:
        text, invalid = data.decode("utf-8"), False
    except UnicodeDecodeError:
        text, invalid = data.decode("utf-8", errors="replace"), True
    return {"path": normalised, "size": len(data), "mtime": mtime, "text": text, "invalidUtf8": invalid}


def read_bytes(root: str, rel: str, max_bytes: int, folders: dict[str, str] | None = None) -> tuple[str, bytes, float]:
    """The bytes of a regular text file under the root: what `read_text` decodes.

    @param folders - resolved folders to reuse across the paths of one request (see resolve_under_root)
    @returns `(normalised path, bytes, mtime)`
    @raises OutsideRoot and ReadRefused as `read_text` does
    """
    real, normalised = resolve_under_root(root, rel, folders)
    try:
        # stat before open: opening a device or a FIFO can have effects of its own.
        before = os.stat(real)
    except PermissionError:
        raise ReadRefused(403, "The file cannot be read with the server's permissions.") from None
    except OSError:
        raise OutsideRoot() from None
    _require_regular(before, max_bytes)
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except PermissionError:
        raise ReadRefused(403, "The file cannot be read with the server's permissions.") from None
    except OSError:
        raise ReadRefused(409, "The file changed while it was being read.") from None
    with os.fdopen(fd, "rb") as handle:
        after = os.fstat(handle.fileno())
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise ReadRefused(409, "The file changed while it was being read.")
        _require_regular(after, max_bytes)
        # The size fstat gave, plus one byte that tells a file that grew since; only then is
        # the rest read, up to one byte over the limit. (Asking for the limit at once would
        # allocate it for every file.)
        data = handle.read(after.st_size + 1)
        if len(data) > after.st_size:
            data += handle.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise ReadRefused(413, f"The file is larger than the limit of {max_bytes} bytes.")
    if b"\0" in data[:SNIFF_BYTES]:
        raise ReadRefused(415, "The file is binary (it holds NUL bytes); only text files are returned.")
    return normalised, data, round(after.st_mtime, 3)


def _require_regular(st: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ReadRefused(400, "The path is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        raise ReadRefused(400, "The path is a special file (FIFO, socket or device), not a regular file.")
    if st.st_size > max_bytes:
        raise ReadRefused(413, f"The file is {st.st_size} bytes, over the limit of {max_bytes} bytes.")
