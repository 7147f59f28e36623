"""Raster images left out of a notebook's bytes before the batch read sends them."""

from __future__ import annotations

import base64
import json
import random

from jupyterlab_credential_guard.audit.images import without_raster_images


def _png(seed: int, size: int = 3000) -> str:
    rng = random.Random(seed)
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(size))).decode("ascii")


def _notebook() -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {
                "cell_type": "code",
                "id": "a",
                "metadata": {},
                "execution_count": 1,
                # A source that names the mime type: its quotes are escaped in the file.
                "source": ['display({"image/png": "iVBORw0KGgo="}, raw=True)\n', "token = 'abc'"],
                "outputs": [
                    {
                        "output_type": "display_data",
                        "metadata": {},
                        "data": {"image/png": _png(1), "text/plain": ["<Figure size 640x480>"]},
                    },
                    {
                        "output_type": "execute_result",
                        "execution_count": 1,
                        "metadata": {},
                        "data": {
                            "image/jpeg": _png(2),
                            "image/svg+xml": "<svg><text>kept</text></svg>",
                            "text/html": "<b>kept</b>",
                        },
                    },
                ],
            }
        ],
    }


def test_empties_raster_images_and_keeps_everything_else():
    for layout in ({}, {"indent": 1}, {"indent": 2}, {"separators": (",", ":")}):
        data = json.dumps(_notebook(), **layout).encode()
        trimmed = without_raster_images(data)
        assert len(trimmed) < len(data) - 6000
        expected = json.loads(data)
        outputs = expected["cells"][0]["outputs"]
        outputs[0]["data"]["image/png"] = ""
        outputs[1]["data"]["image/jpeg"] = ""
        assert json.loads(trimmed) == expected


def test_leaves_what_is_not_sure_to_be_an_image_string():
    cases = [
        # an escaped quote inside the value
        b'{"data": {"image/png": "abc\\"def"}}',
        # a list of lines
        b'{"data": {"image/png": ["abc", "def"]}}',
        # a key that only starts like one
        b'{"data": {"image/pngx": "abc"}}',
        # inside a string, where the quotes are escaped
        b'{"source": "{\\"image/png\\": \\"abc\\"}"}',
        # an unterminated string
        b'{"data": {"image/png": "abc',
        # not a key: no colon
        b'["image/png", "abc"]',
    ]
    for data in cases:
        assert without_raster_images(data) == data


def test_a_file_without_images_is_returned_as_it_is():
    data = b'{"cells": []}'
    assert without_raster_images(data) is data


def test_stays_linear_on_many_keys_with_no_value():
    data = b'{"image/png"' * 200_000
    assert without_raster_images(data) == data
