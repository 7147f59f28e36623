"""How a listed file is meant to be read, by its name."""

from __future__ import annotations

import pytest

from jupyterlab_credential_guard.audit.kinds import file_kind


@pytest.mark.parametrize(
    "name, kind",
    [
        ("run.ipynb", "notebook"),
        ("RUN.IPYNB", "notebook"),
        ("credentials", "text"),  # no extension: credential files often have none
        (".netrc", "text"),  # a leading dot is a hidden name, not an extension
        (".env", "text"),
        ("id_ed25519", "text"),
        ("rclone.conf", "text"),
        ("kaggle.json", "text"),
        ("plot.png", "binary"),
        ("archive.tar.gz", "binary"),
        ("store.p12", "binary"),
        ("data.nc", "binary"),
    ],
)
def test_file_kind(name, kind):
    assert file_kind(name) == kind
