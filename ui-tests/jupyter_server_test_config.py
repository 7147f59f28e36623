"""Server configuration for the UI tests (started through start_test_server.py).

Never use this configuration in production: it turns off authentication and exposes
JupyterLab's objects on `window` for the tests.
"""

import json
import os
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821

c.ServerApp.ip = "127.0.0.1"  # noqa: F821
c.ServerApp.port = int(os.environ.get("CREDENTIAL_GUARD_TEST_PORT", "8888"))  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
# Never ask a package index for extensions: the test machines have no network.
c.LabApp.extension_manager = "readonly"  # noqa: F821

if os.environ.get("CREDENTIAL_GUARD_TEST_PROFILE") == "overrides":
    # An operator's defaults, as a hub image would ship them in <prefix>/share/jupyter/lab/settings.
    c.LabApp.app_settings_dir = str(Path(__file__).parent / "overrides")  # noqa: F821
# Turns on the extension's test hooks (a command that makes the check on save fail); a user's
# server never sets it.
page_config = {"credentialGuardTestHooks": "true"}
if os.environ.get("CREDENTIAL_GUARD_TEST_PROFILE", "main") == "main":
    # The notice belongs to the operator, so the specs about everything else turn it off the
    # operator's way (page config); the notice's own specs put it back per test.
    page_config["credentialGuardNotice"] = json.dumps({"enabled": False})
c.ServerApp.tornado_settings = {"page_config_data": page_config}  # noqa: F821
