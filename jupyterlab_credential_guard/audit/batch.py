"""Reading many files in one answer, for the browser's audit.

One request per file cost the audit most of its time: authentication, routing and a response
for every small dotfile. A batch names up to `MAX_PATHS` files and is answered as a stream of
frames, one per file in the order asked: a JSON header line, then the file's bytes.
"""

from __future__ import annotations

import json

from .confine import OutsideRoot
from .images import without_raster_images
from .read import ReadRefused, read_bytes

# Most files one batch may name: bounds the URL and the time one request holds a worker thread.
MAX_PATHS = 256

# About how many bytes of frames are read in one go before they are sent (at least one file).
CHUNK_BYTES = 1024 * 1024


def read_frames(
    root: str, paths: list[str], start: int, max_bytes: int, folders: dict[str, str] | None = None
) -> tuple[bytes, int]:
    """Frames for `paths[start:]`, up to about `CHUNK_BYTES`.

    A frame is `{"index": i, "status": 200, "size": n}` and a newline, then the file's n bytes
    (a notebook's without its raster images, which the engine never reads: see images.py);
    a file that is not returned is `{"index": i, "status": s}` and a newline, where s is the
    status the single-file read would answer (404 for outside the root or missing).

    @param folders - resolved folders, kept across the calls of one request (see resolve_under_root)
    @returns `(frames, next index)`; the next index equals `len(paths)` at the end
    """
    parts: list[bytes] = []
    size = 0
    index = start
    while index < len(paths) and (index == start or size < CHUNK_BYTES):
        try:
            _, data, _ = read_bytes(root, paths[index], max_bytes, folders)
        except OutsideRoot:
            parts.append(_header(index, 404))
        except ReadRefused as refused:
            parts.append(_header(index, refused.status))
        else:
            if paths[index].endswith(".ipynb"):
                data = without_raster_images(data)
            parts.append(_header(index, 200, len(data)))
            parts.append(data)
            size += len(data)
        index += 1
    return b"".join(parts), index


def _header(index: int, status: int, size: int | None = None) -> bytes:
    header: dict[str, int] = {"index": index, "status": status}
    if size is not None:
        header["size"] = size
    return json.dumps(header).encode("ascii") + b"\n"
