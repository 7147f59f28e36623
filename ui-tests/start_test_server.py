"""Start a JupyterLab test server for galata, isolated from the user's own Jupyter files.

Profiles:
  main       port $UI_TEST_PORT (default 8888), the extension with its default settings
  overrides  the next port (default 8889), an operator's overrides.json (ui-tests/overrides/) as a hub
             image would ship it
  disabled   the port after (default 8890), the extension installed but disabled: the baseline of
             the editor benchmark (bench/)

Each start gets fresh, empty config and data folders, so user settings and the per-user
acknowledgement of the security notice (a server config section) never leak between runs or
into the developer's ~/.jupyter.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_PORT = int(os.environ.get("UI_TEST_PORT", "8888"))
PROFILES = {"main": BASE_PORT, "overrides": BASE_PORT + 1, "disabled": BASE_PORT + 2}


def main() -> None:
    profile = sys.argv[1] if len(sys.argv) > 1 else "main"
    if profile not in PROFILES:
        sys.exit(f"unknown profile {profile!r}; expected one of {sorted(PROFILES)}")
    scratch = Path(tempfile.mkdtemp(prefix=f"credential-guard-{profile}-"))
    os.environ["JUPYTER_CONFIG_DIR"] = str(scratch / "config")
    os.environ["JUPYTERLAB_GALATA_ROOT_DIR"] = str(scratch / "root")
    (scratch / "root").mkdir()
    if profile == "disabled":
        labconfig = scratch / "config" / "labconfig"
        labconfig.mkdir(parents=True)
        page_config = {"disabledExtensions": {"jupyterlab-credential-guard": True}}
        (labconfig / "page_config.json").write_text(json.dumps(page_config))
    # The test user checks their files on demand only: a check at start-up (the default,
    # once a day) would put its notification in the middle of other specs.
    user_settings = scratch / "config" / "lab" / "user-settings" / "jupyterlab-credential-guard"
    user_settings.mkdir(parents=True)
    (user_settings / "audit.jupyterlab-settings").write_text(json.dumps({"schedule": "on-demand"}))
    os.environ["CREDENTIAL_GUARD_TEST_PROFILE"] = profile
    os.environ["CREDENTIAL_GUARD_TEST_PORT"] = str(PROFILES[profile])
    argv = [sys.executable, "-m", "jupyterlab", "--config", str(HERE / "jupyter_server_test_config.py")]
    os.execv(sys.executable, argv)


if __name__ == "__main__":
    main()
