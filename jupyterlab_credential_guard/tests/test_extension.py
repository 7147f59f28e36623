"""The package declares and loads its server extension."""

import jupyterlab_credential_guard as package


def test_declares_its_server_extension():
    assert package._jupyter_server_extension_points() == [{"module": "jupyterlab_credential_guard"}]


async def test_the_server_loads_it(jp_serverapp, jp_fetch):
    assert jp_serverapp.extension_manager.extensions["jupyterlab_credential_guard"].enabled
    response = await jp_fetch("credential-guard", "inventory")
    assert response.code == 200
