"""Which folders the inventory does not enter, and the reason it reports for each.

The aim is to spend the walk's budget on what people write and keep, not on what tools
install or regenerate. Credential locations stay in: `.config` (gcloud keeps
`application_default_credentials.json` there), `.cache` itself (huggingface_hub keeps its
`token` in `.cache/huggingface`), `.git` apart from its object store (`.git/config` can hold a
token in a remote URL) and `.ipynb_checkpoints` (a checkpoint keeps what was removed from its
notebook since the last manual save).
"""

from __future__ import annotations

from collections.abc import Collection

# Folders skipped by their name alone, wherever they are.
SKIPPED_NAMES: dict[str, str] = {
    "node_modules": "node_modules",
    "__pycache__": "cache",
    ".mypy_cache": "cache",
    ".pytest_cache": "cache",
    ".ruff_cache": "cache",
}

# Bulky tool caches, matched on the end of the folder's path. Only their known bulky parts are
# skipped, so a small credential file elsewhere in `.cache` is still listed.
CACHE_TAILS: tuple[tuple[str, ...], ...] = (
    (".cache", "pip"),
    (".cache", "uv"),
    (".cache", "pypoetry"),
    (".cache", "conda"),
    (".cache", "yarn"),
    (".cache", "pre-commit"),
    (".cache", "matplotlib"),
    (".cache", "fontconfig"),
    (".cache", "jedi"),
    (".cache", "torch"),
    (".cache", "ms-playwright"),
    (".cache", "go-build"),
    (".cache", "thumbnails"),
    (".cache", "huggingface", "hub"),
    (".cache", "huggingface", "datasets"),
    (".cache", "huggingface", "xet"),
    (".npm", "_cacache"),
    (".yarn", "cache"),
    (".yarn", "berry", "cache"),
)

# A folder holding one of these is a Python virtual environment or a conda environment:
# installed packages, whose own tests are full of sample passwords.
VENV_MARKER_FILE = "pyvenv.cfg"
CONDA_ENV_MARKER_DIR = "conda-meta"
# conda's package cache (`pkgs/`) is recognised by the download list conda keeps in it.
CONDA_PKGS_NAME = "pkgs"
CONDA_PKGS_MARKERS = ("urls.txt", "urls")


def reason_by_path(parts: tuple[str, ...]) -> str | None:
    """The reason to skip a folder, judged by its root-relative path alone, or None to enter it.

    @param parts - the folder's path components, the last being its name
    """
    name = parts[-1]
    if name in SKIPPED_NAMES:
        return SKIPPED_NAMES[name]
    # git's object store (and LFS's, and a submodule's under .git/modules) is compressed
    # history: binary, and large. Everything else in .git is small and stays listed.
    if name == "objects" and ".git" in parts[:-1]:
        return "git-objects"
    for tail in CACHE_TAILS:
        if parts[-len(tail) :] == tail:
            return "cache"
    return None


def reason_by_content(name: str, files: Collection[str], dirs: Collection[str]) -> str | None:
    """The reason to skip a folder, judged by what it holds, or None to walk it.

    @param name - the folder's own name
    @param files - names of the regular files directly in it
    @param dirs - names of the folders directly in it
    """
    if VENV_MARKER_FILE in files or CONDA_ENV_MARKER_DIR in dirs:
        return "venv"
    if name == CONDA_PKGS_NAME and any(marker in files for marker in CONDA_PKGS_MARKERS):
        return "conda-pkgs"
    return None
