"""Shared fixtures: a Jupyter server (pytest-jupyter) with this package's server extension on."""

from __future__ import annotations

import json
import os

import pytest

pytest_plugins = ("pytest_jupyter.jupyter_server",)

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def jp_server_config():
    return {
        "ServerApp": {
            "jpserver_extensions": {"jupyterlab_credential_guard": True},
            # A failure to load is otherwise only a warning in the log.
            "reraise_server_extension_failures": True,
        }
    }


@pytest.fixture
def make_file(jp_root_dir):
    """Writes a file under the root (parents included) and returns its path."""

    def make(rel: str, content: str | bytes = "x = 1\n", mode: int | None = None):
        path = jp_root_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        if mode is not None:
            path.chmod(mode)
        return path

    return make


@pytest.fixture
def fetch_inventory(jp_fetch):
    """Calls the inventory endpoint and returns (records without the summary, summary)."""

    async def fetch(**params):
        response = await jp_fetch("credential-guard", "inventory", params={k: str(v) for k, v in params.items()})
        assert response.code == 200
        assert response.headers["Content-Type"].startswith("application/x-ndjson")
        lines = response.body.decode("utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        assert records and records[-1]["type"] == "summary", "the stream must end with its summary"
        return records[:-1], records[-1]

    return fetch


def by_path(records, kind):
    """The records of one type ('file' or 'skip'), keyed by path."""
    return {record["path"]: record for record in records if record["type"] == kind}
