"""Start JupyterLab for the demo on 127.0.0.1:8888, with the extension installed in .venv.

The server keeps token authentication on (it prints the URL with its token) and never asks a
package index for extensions, since the machines it runs on may have no network.
"""

import argparse
import os
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, help="folder JupyterLab serves")
    parser.add_argument("--open", default="", help="file to open at start, relative to --root")
    parser.add_argument("--port", default="8888")
    args = parser.parse_args()

    argv = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={args.port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={os.path.abspath(args.root)}",
        "--ServerApp.open_browser=False",
        "--LabApp.extension_manager=readonly",
    ]
    if args.open:
        argv.append(f"--LabApp.default_url=/lab/tree/{args.open}")
    # jupyter_server refuses to run as root unless told; containers and CI machines often are root.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--ServerApp.allow_root=True")
    print(f"Starting JupyterLab at http://127.0.0.1:{args.port}/lab (Ctrl+C to stop)", flush=True)
    os.execv(sys.executable, argv)


if __name__ == "__main__":
    main()
