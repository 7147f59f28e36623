"""Which folders the inventory leaves out, and which credential locations it must keep."""

from __future__ import annotations

import pytest

from jupyterlab_credential_guard.audit.skips import reason_by_content, reason_by_path


@pytest.mark.parametrize(
    "path, reason",
    [
        ("web/node_modules", "node_modules"),
        ("pkg/__pycache__", "cache"),
        (".pytest_cache", "cache"),
        ("repo/.git/objects", "git-objects"),
        ("repo/.git/lfs/objects", "git-objects"),
        (".cache/pip", "cache"),
        (".cache/huggingface/hub", "cache"),
        (".npm/_cacache", "cache"),
        # Kept: where credentials live.
        (".config", None),
        (".config/gcloud", None),
        (".cache", None),  # huggingface_hub keeps its token in .cache/huggingface
        (".cache/huggingface", None),
        ("repo/.git", None),  # .git/config may hold a token in a remote URL
        ("nb/.ipynb_checkpoints", None),  # checkpoints keep what was deleted from a notebook
        ("science/objects", None),  # `objects` outside .git is ordinary
        ("pip", None),
    ],
)
def test_reason_by_path(path, reason):
    assert reason_by_path(tuple(path.split("/"))) == reason


@pytest.mark.parametrize(
    "name, files, dirs, reason",
    [
        ("env", {"pyvenv.cfg"}, {"lib", "bin"}, "venv"),
        ("miniconda3", set(), {"conda-meta", "pkgs"}, "venv"),
        ("pkgs", {"urls.txt"}, {"cache"}, "conda-pkgs"),
        ("pkgs", {"urls"}, set(), "conda-pkgs"),
        ("pkgs", {"readme.md"}, set(), None),  # a folder merely named pkgs
        ("project", {"pyvenv.cfg.bak"}, set(), None),
        ("project", set(), {"pyvenv.cfg"}, None),  # the marker is a file, not a folder
    ],
)
def test_reason_by_content(name, files, dirs, reason):
    assert reason_by_content(name, files, dirs) == reason
