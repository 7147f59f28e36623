"""Server configuration of the compatibility tests (compat/server.ts starts the servers).

Never use this configuration in production: it turns off authentication. It sets only traits
that JupyterLab 4.1 and Notebook 7.1 already have, so that every leg of the matrix reads it.
"""

import json
import os
from pathlib import Path

c.ServerApp.ip = "127.0.0.1"  # noqa: F821
c.ServerApp.port = int(os.environ["COMPAT_PORT"])  # noqa: F821
c.ServerApp.port_retries = 0  # noqa: F821
c.ServerApp.root_dir = os.environ["COMPAT_ROOT"]  # noqa: F821
c.ServerApp.open_browser = False  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
c.IdentityProvider.token = ""  # noqa: F821
c.ServerApp.password = ""  # noqa: F821
# The tests read JupyterLab's objects from the page, as galata does.
c.LabApp.expose_app_in_browser = True  # noqa: F821
# Never ask a package index for extensions: the test machines have no network.
c.LabApp.extension_manager = "readonly"  # noqa: F821
# Workspaces live with the rest of this server's scratch state, not in ~/.jupyter.
c.LabApp.workspaces_dir = os.environ["COMPAT_WORKSPACES"]  # noqa: F821
# The tests write their notebooks through the REST API from Node, with no browser cookie.
c.ServerApp.disable_check_xsrf = True  # noqa: F821

# The compatibility specs check other features: the test user checks their files on demand
# only, so that no start-up check's notification lands in the middle of them.
_audit = Path(os.environ["JUPYTER_CONFIG_DIR"], "lab", "user-settings", "jupyterlab-credential-guard")
_audit.mkdir(parents=True, exist_ok=True)
(_audit / "audit.jupyterlab-settings").write_text(json.dumps({"schedule": "on-demand"}))
