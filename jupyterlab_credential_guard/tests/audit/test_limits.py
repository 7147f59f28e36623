"""The operator's limits (traitlets on CredentialGuardAudit), which a request may lower but never raise."""

from __future__ import annotations

import json

import pytest
from tornado.httpclient import HTTPClientError

from jupyterlab_credential_guard.audit.limits import CredentialGuardAudit, Limits

from ..conftest import by_path

OPERATOR = Limits(max_files=100, max_depth=5, max_seconds=30.0, max_file_bytes=1000)


@pytest.mark.parametrize(
    "query, expected",
    [
        ({}, OPERATOR),  # nothing asked, the operator's limits
        ({"max_files": "10"}, Limits(10, 5, 30.0, 1000)),  # lowered
        ({"max_files": "1000000"}, OPERATOR),  # asked higher: capped, not refused
        ({"max_depth": "0", "max_seconds": "0.5"}, Limits(100, 0, 0.5, 1000)),
        ({"max_file_bytes": "999", "unrelated": "x"}, Limits(100, 5, 30.0, 999)),
        ({"max_files": None}, OPERATOR),  # an absent parameter
    ],
)
def test_lowered_by(query, expected):
    assert OPERATOR.lowered_by(query) == expected


@pytest.mark.parametrize(
    "query",
    [{"max_files": "-1"}, {"max_files": "1.5"}, {"max_depth": "deep"}, {"max_seconds": "nan"}, {"max_seconds": "inf"}, {"max_file_bytes": ""}],
)
def test_lowered_by_refuses_what_is_not_a_limit(query):
    with pytest.raises(ValueError, match="non-negative"):
        OPERATOR.lowered_by(query)


def test_defaults():
    audit = CredentialGuardAudit()
    assert Limits.from_config(audit) == Limits(50_000, 32, 60.0, 10 * 1024 * 1024, follow_mounts=False)


@pytest.fixture
def jp_server_config():
    return {
        "ServerApp": {"jpserver_extensions": {"jupyterlab_credential_guard": True}, "reraise_server_extension_failures": True},
        "CredentialGuardAudit": {"max_files": 2, "max_file_bytes": 5},
    }


async def test_the_server_applies_the_operators_limits(make_file, fetch_inventory, jp_fetch):
    for name in ("a.txt", "b.txt", "c.txt"):
        make_file(name, "1234")
    make_file("big.txt", "123456")
    records, summary = await fetch_inventory(max_files=1000, max_file_bytes=1000)
    assert sorted(by_path(records, "file")) == ["a.txt", "b.txt"]
    assert (summary["truncated"], summary["reason"]) == (True, "max-files")
    assert (summary["limits"]["maxFiles"], summary["limits"]["maxFileBytes"]) == (2, 5)
    with pytest.raises(HTTPClientError) as refused:
        await jp_fetch("credential-guard", "file", params={"path": "big.txt", "max_file_bytes": "1000"})
    assert refused.value.code == 413
    assert json.loads(refused.value.response.body)["message"] == "The file is 6 bytes, over the limit of 5 bytes."
