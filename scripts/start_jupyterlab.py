"""Start JupyterLab for the demo on 127.0.0.1 (port 8888, or --port), with the extension installed in .venv.

The demo runs with its own Jupyter config, data and settings folders (`<root>/.jupyter/`, emptied at
every start), so each run shows the security notice afresh and nothing reaches the user's own
`~/.jupyter`. The server keeps token authentication on; the full URL with its token is printed first.
It never asks a package index for extensions, since the machines it runs on may have no network.
"""

import argparse
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path


def demo_environment(root: Path) -> dict:
    """Jupyter's folders for the demo: fresh ones under `root/.jupyter`, the runtime outside the root."""
    state = root / ".jupyter"
    shutil.rmtree(state, ignore_errors=True)
    folders = {
        "JUPYTER_CONFIG_DIR": state / "config",
        "JUPYTER_DATA_DIR": state / "data",
        "JUPYTERLAB_SETTINGS_DIR": state / "lab" / "user-settings",
        "JUPYTERLAB_WORKSPACES_DIR": state / "lab" / "workspaces",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    env = {name: str(folder) for name, folder in folders.items()}
    # The runtime folder holds the server's token and kernels' keys: not in the served root.
    env["JUPYTER_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="credential-guard-demo-runtime-")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, help="folder JupyterLab serves")
    parser.add_argument("--open", default="", help="file to open at start, relative to --root")
    parser.add_argument("--port", default=os.environ.get("PORT") or "8888")
    args = parser.parse_args()
    if not args.port.isdigit():
        sys.exit(f"PORT must be a number, not {args.port!r}")

    root = Path(args.root).resolve()
    token = secrets.token_hex(24)
    argv = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={args.port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
        f"--IdentityProvider.token={token}",
        "--LabApp.extension_manager=readonly",
    ]
    if args.open:
        argv.append(f"--LabApp.default_url=/lab/tree/{args.open}")
    # jupyter_server refuses to run as root unless told; containers and CI machines often are root.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--ServerApp.allow_root=True")
    os.environ.update(demo_environment(root))
    page = f"lab/tree/{args.open}" if args.open else "lab"
    print(f"\n  Open http://127.0.0.1:{args.port}/{page}?token={token}\n", flush=True)
    print("  (Ctrl+C to stop; the demo's settings start fresh at every run)\n", flush=True)
    os.execv(sys.executable, argv)


if __name__ == "__main__":
    main()
