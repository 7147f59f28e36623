"""JupyterHub for the end-to-end test, on 127.0.0.1 only.

As JupyterHub's own test setups do: a dummy authenticator (any user name, the shared test password)
and a local-process spawner, so no container or system user is needed. Paths come from the
environment set by start_hub.py.
"""

import os
from pathlib import Path

state = Path(os.environ["HUB_TEST_STATE"])
image = Path(os.environ["HUB_TEST_IMAGE"])
port = int(os.environ.get("HUB_TEST_PORT", "8100"))

c = get_config()  # noqa: F821

c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = port + 81
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port + 1}"
c.ConfigurableHTTPProxy.command = [os.environ["HUB_TEST_PROXY"]]
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
# A stable proxy pid file: if a killed run left its proxy behind, the next start stops it.
c.ConfigurableHTTPProxy.pid_file = str(image.parent / "hub-test-proxy.pid")

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "credential-guard-e2e"  # credential-guard: allow (test-only, loopback hub)
c.Authenticator.allow_all = True

c.JupyterHub.spawner_class = "simple"
c.Spawner.cmd = [str(image / "bin" / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.args = [
    # Test machines run as root; the single-user server refuses that unless told.
    "--allow-root",
    # The image has no network: never ask a package index for extensions.
    "--LabApp.extension_manager=readonly",
]
# Each user gets a home of their own (HOME), so ~/.jupyter, where the notice's acknowledgement is
# kept, is per user, and never the developer's.
c.SimpleLocalProcessSpawner.home_dir_template = str(state / "home" / "{username}")
