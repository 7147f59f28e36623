"""Leaving raster images out of a notebook's bytes before they are sent to the browser.

The audit's engine never reads image outputs (it scans the text mime types only), yet in executed
notebooks base64 PNG and JPEG data are most of the bytes: 61% of the real-notebook corpus. Sent
as they are, they cost the server, the connection, and the browser's worker (decoding and
JSON-parsing them) more than everything the engine does read. So the batch read empties each
raster image's string. The JSON stays valid and every cell, output and text stays where it was.
The file itself is never changed.

Only what is sure to be an image string is emptied: a `"image/png"` (or jpeg, gif, webp) key
where an object key can stand, then a colon and a string whose closing quote is not escaped.
Anything else (a list of lines, an escaped quote, a key inside a cell's source text, where its
quotes are escaped) is left as it is, and the engine skips it anyway.
"""

from __future__ import annotations

_OPEN = b'"image/'
_RASTER = (b"png", b"jpeg", b"gif", b"webp")
_BEFORE_KEY = b" \t\r\n{,"
_BLANK = b" \t\r\n"
_BACKSLASH = 0x5C


def without_raster_images(data: bytes) -> bytes:
    """`data` with the string of every raster image output emptied (`"image/png": ""`).

    Linear in the size of `data`: every search moves forward, and the searches are the
    C-level `bytes.find`.
    """
    pieces: list[bytes] = []
    kept = 0  # data[:kept] is in pieces
    at = data.find(_OPEN)
    while at != -1:
        value = _image_value_start(data, at)
        if value is not None:
            close = data.find(b'"', value)
            if close == -1:
                break
            if data[close - 1] != _BACKSLASH:
                pieces.append(data[kept:value])
                kept = close
                at = data.find(_OPEN, close)
                continue
        at = data.find(_OPEN, at + 1)
    if not pieces:
        return data
    pieces.append(data[kept:])
    return b"".join(pieces)


def _image_value_start(data: bytes, at: int) -> int | None:
    """Where the string after the raster image key at `at` starts (after its quote), or None."""
    if at == 0 or data[at - 1] not in _BEFORE_KEY:
        return None
    name_end = data.find(b'"', at + len(_OPEN))
    if name_end == -1 or data[at + len(_OPEN) : name_end] not in _RASTER:
        return None
    j = _skip_blanks(data, name_end + 1)
    if data[j : j + 1] != b":":
        return None
    j = _skip_blanks(data, j + 1)
    if data[j : j + 1] != b'"':
        return None
    return j + 1


def _skip_blanks(data: bytes, j: int) -> int:
    # JSON writers put at most a space or two here; a bound keeps a crafted file linear.
    stop = min(len(data), j + 64)
    while j < stop and data[j] in _BLANK:
        j += 1
    return j
