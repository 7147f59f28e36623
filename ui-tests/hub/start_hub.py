"""Start the end-to-end JupyterHub with fresh state (used as Playwright's web server).

Environment: HUB_TEST_IMAGE (the venv made by setup_hub_env.py), HUB_TEST_PORT (default 8100).
"""

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    image = Path(os.environ.get("HUB_TEST_IMAGE", HERE.parent.parent / "build" / "hub-image")).resolve()
    hub = image / "bin" / "jupyterhub"
    if not hub.exists():
        sys.exit(f"{hub} is missing: run `make hub-test` (it builds the user image first)")
    proxy = HERE.parent / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.exists():
        sys.exit(f"{proxy} is missing: run `jlpm install` in ui-tests/")
    state = Path(tempfile.mkdtemp(prefix="credential-guard-hub-"))
    os.environ.update(HUB_TEST_STATE=str(state), HUB_TEST_IMAGE=str(image), HUB_TEST_PROXY=str(proxy))
    # The hub finds the single-user command and the proxy through PATH as well.
    os.environ["PATH"] = f"{image / 'bin'}{os.pathsep}{os.environ['PATH']}"
    os.chdir(state)
    os.execv(str(hub), [str(hub), "-f", str(HERE / "jupyterhub_config.py")])


if __name__ == "__main__":
    main()
