"""Who may call the endpoints, and how: authentication, the contents permission, XSRF, GET only."""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.parse

import pytest
from jupyter_server.auth.authorizer import Authorizer
from tornado.httpclient import HTTPClientError

from jupyterlab_credential_guard.audit import inventory

ENDPOINTS = [("inventory", {}), ("file", {"path": "notes.txt"}), ("files", {"path": "notes.txt"})]


@pytest.fixture(autouse=True)
def _a_file(make_file):
    make_file("notes.txt", "hello\n")


@pytest.mark.parametrize("endpoint, params", ENDPOINTS)
async def test_get_without_credentials_is_refused(jp_fetch, endpoint, params):
    with pytest.raises(HTTPClientError) as refused:
        await jp_fetch("credential-guard", endpoint, params=params, headers={"Authorization": ""}, follow_redirects=False)
    assert refused.value.code in (302, 403)


@pytest.mark.parametrize("endpoint, params", ENDPOINTS)
async def test_get_with_a_wrong_token_is_refused(jp_fetch, endpoint, params):
    with pytest.raises(HTTPClientError) as refused:
        await jp_fetch(
            "credential-guard", endpoint, params=params, headers={"Authorization": "token not-the-token"}, follow_redirects=False
        )
    assert refused.value.code in (302, 403)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("endpoint, params", ENDPOINTS)
async def test_only_get_is_offered(jp_fetch, endpoint, params, method):
    # Token-authenticated requests skip the XSRF check, so this reaches the method dispatch.
    body = None if method == "DELETE" else "{}"
    with pytest.raises(HTTPClientError) as refused:
        await jp_fetch("credential-guard", endpoint, params=params, method=method, body=body, allow_nonstandard_methods=True)
    assert refused.value.code == 405


class _RefuseContentsRead(Authorizer):
    """An authorizer that, like a hub role without the read:contents scope, refuses reading contents."""

    def is_authorized(self, handler, user, action, resource):
        return not (resource == "contents" and action == "read")


@pytest.mark.parametrize("endpoint, params", ENDPOINTS)
async def test_the_contents_read_permission_is_required(jp_fetch, jp_serverapp, endpoint, params, monkeypatch):
    monkeypatch.setitem(jp_serverapp.web_app.settings, "authorizer", _RefuseContentsRead(parent=jp_serverapp))
    with pytest.raises(HTTPClientError) as refused:
        await jp_fetch("credential-guard", endpoint, params=params)
    assert refused.value.code == 403


async def _cookie_login(http_server_client, jp_base_url, jp_serverapp):
    """Logs in through the login page as a browser does; returns (cookie header, xsrf token)."""
    login_url = f"{jp_base_url}login"
    page = await http_server_client.fetch(login_url)
    xsrf = re.search(r"_xsrf=([^;]+)", page.headers["Set-Cookie"]).group(1)
    form = urllib.parse.urlencode({"password": jp_serverapp.identity_provider.token, "_xsrf": xsrf})
    with pytest.raises(HTTPClientError) as redirect:
        await http_server_client.fetch(
            login_url, method="POST", body=form, headers={"Cookie": f"_xsrf={xsrf}"}, follow_redirects=False
        )
    assert redirect.value.code == 302
    session = next(
        cookie.split(";")[0] for cookie in redirect.value.response.headers.get_list("Set-Cookie") if cookie.startswith("username-")
    )
    return f"_xsrf={xsrf}; {session}", xsrf


@pytest.mark.parametrize("endpoint, params", ENDPOINTS)
async def test_cookie_sessions_need_the_xsrf_token(http_server_client, jp_base_url, jp_serverapp, endpoint, params):
    cookies, xsrf = await _cookie_login(http_server_client, jp_base_url, jp_serverapp)
    url = f"{jp_base_url}credential-guard/{endpoint}?{urllib.parse.urlencode(params)}"

    # A POST from another site carries the session cookie but cannot know the XSRF token.
    with pytest.raises(HTTPClientError) as forged:
        await http_server_client.fetch(url, method="POST", body="{}", headers={"Cookie": cookies}, follow_redirects=False)
    assert forged.value.code == 403
    assert "_xsrf" in json.loads(forged.value.response.body)["message"]
    # With the token it gets as far as the method dispatch, where only GET exists.
    with pytest.raises(HTTPClientError) as dispatched:
        await http_server_client.fetch(
            url, method="POST", body="{}", headers={"Cookie": cookies, "X-XSRFToken": xsrf}, follow_redirects=False
        )
    assert dispatched.value.code == 405
    # A GET from the same session with the token, as JupyterLab's own requests send it, works.
    response = await http_server_client.fetch(url, headers={"Cookie": cookies, "X-XSRFToken": xsrf})
    assert response.code == 200


async def test_answers_are_not_cached(jp_fetch):
    for endpoint, params in ENDPOINTS:
        response = await jp_fetch("credential-guard", endpoint, params=params)
        assert response.headers["Cache-Control"] == "no-store"


async def test_bad_limits_are_a_client_error(jp_fetch):
    for params in ({"max_files": "many"}, {"max_depth": "-1"}, {"max_seconds": "nan"}):
        with pytest.raises(HTTPClientError) as refused:
            await jp_fetch("credential-guard", "inventory", params=params)
        assert refused.value.code == 400
        assert "non-negative" in json.loads(refused.value.response.body)["message"]


def _slow_walk(state, batches=None):
    """A stand-in for inventory.walk whose batches take 0.2 s each, in the worker thread."""

    def walk(root, limits, **_kwargs):
        try:
            count = 0
            while batches is None or count < batches:
                time.sleep(0.2)
                count += 1
                yield [{"type": "file", "path": f"f{count}.txt"}]
            yield [{"type": "summary"}]
        finally:
            state["closed"] = True

    return walk


async def test_the_walk_leaves_the_server_responsive(jp_fetch, monkeypatch):
    state = {}
    monkeypatch.setattr(inventory, "walk", _slow_walk(state, batches=5))
    listing = asyncio.ensure_future(jp_fetch("credential-guard", "inventory"))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await jp_fetch("credential-guard", "file", params={"path": "notes.txt"})
    assert time.monotonic() - started < 0.5  # answered while the walk still runs
    assert not listing.done()
    lines = (await listing).body.decode().splitlines()
    assert len(lines) == 6 and state["closed"]


async def test_a_client_that_goes_away_stops_the_walk(jp_fetch, monkeypatch):
    state = {}
    monkeypatch.setattr(inventory, "walk", _slow_walk(state))
    with pytest.raises(HTTPClientError) as timeout:
        await jp_fetch("credential-guard", "inventory", request_timeout=0.5)
    assert timeout.value.code == 599
    for _ in range(20):
        if state.get("closed"):
            break
        await asyncio.sleep(0.1)
    assert state.get("closed"), "the walk should stop once its client has gone"


async def test_an_unexpected_error_ends_the_stream_with_an_error_record(jp_fetch, monkeypatch):
    def failing_walk(root, limits, **_kwargs):
        yield [{"type": "file", "path": "a.txt"}]
        raise OSError("disk on fire")

    monkeypatch.setattr(inventory, "walk", failing_walk)
    response = await jp_fetch("credential-guard", "inventory")
    records = [json.loads(line) for line in response.body.decode().splitlines()]
    assert records == [
        {"type": "file", "path": "a.txt"},
        {"type": "error", "message": "The inventory stopped on an unexpected error."},
    ]
