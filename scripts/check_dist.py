"""Build the wheel and sdist from a clean copy of the committed tree, check what they carry, and
install the wheel into a fresh venv to see JupyterLab report the extension, and Jupyter Server
its server extension, enabled.

Usage: python scripts/check_dist.py [--out DIR]

Building from a clean copy matters: the hatch hook skips the JavaScript build when a built extension
is already present, so a wheel built in a developer's tree could carry a stale development build.
The built wheel is left in --out (default dist/) for the JupyterHub end-to-end test.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "jupyterlab-credential-guard"
LABEXT = f"share/jupyter/labextensions/{NAME}"
WHEEL_MUST_HAVE = [
    rf"\.data/data/{LABEXT}/package\.json$",
    rf"\.data/data/{LABEXT}/install\.json$",
    rf"\.data/data/{LABEXT}/static/remoteEntry\.[0-9a-f]+\.js$",
    rf"\.data/data/{LABEXT}/static/style\.js$",
    rf"\.data/data/{LABEXT}/schemas/{NAME}/notice\.json$",
    r"jupyterlab_credential_guard/__init__\.py$",
    r"jupyterlab_credential_guard/audit/handlers\.py$",
    r"\.data/data/etc/jupyter/jupyter_server_config\.d/jupyterlab_credential_guard\.json$",
]
# The Python tests stay out of what users install.
WHEEL_MUST_NOT_HAVE = [r"jupyterlab_credential_guard/tests/"]
SDIST_MUST_HAVE = [
    r"/package\.json$",
    r"/install\.json$",
    r"/schema/notice\.json$",
    r"/src/index\.ts$",
    r"/jupyterlab_credential_guard/labextension/static/style\.js$",
    r"/jupyterlab_credential_guard/audit/handlers\.py$",
    r"/jupyter-config/server-config/jupyter_server_config\.d/jupyterlab_credential_guard\.json$",
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(argv, **kwargs):
    print("+", " ".join(str(a) for a in argv), flush=True)
    return subprocess.run(argv, check=True, **kwargs)


def require(names, patterns, what):
    missing = [p for p in patterns if not any(re.search(p, n) for n in names)]
    if missing:
        sys.exit(f"{what} lacks: {', '.join(missing)}")
    print(f"ok: {what} carries the built extension, schema, install.json and server extension")


def build(out: Path) -> tuple[Path, Path]:
    with tempfile.TemporaryDirectory(prefix="credential-guard-dist-") as tmp:
        copy = Path(tmp) / "src"
        run(["git", "clone", "--quiet", str(ROOT), str(copy)])
        # Reuse the installed npm packages (read-only) instead of downloading them again: build the
        # extension here, and tell the hatch hook not to run its own `jlpm install`, which would
        # rewrite the shared node_modules.
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
        (copy / ".yarn").mkdir()
        shutil.copy(ROOT / ".yarn" / "install-state.gz", copy / ".yarn")
        run(["jlpm", "build:prod"], cwd=copy)
        env = {**os.environ, "HATCH_JUPYTER_BUILDER_SKIP_NPM": "1"}
        run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(copy)], env=env)
    wheel = max(out.glob("*.whl"), key=os.path.getmtime)
    sdist = max(out.glob("*.tar.gz"), key=os.path.getmtime)
    return wheel, sdist


def check_fresh_install(wheel: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="credential-guard-venv-") as tmp:
        venv = Path(tmp) / "venv"
        run([sys.executable, "-m", "venv", str(venv)])
        pip = venv / "bin" / "pip"
        jupyterlab = next(line for line in (ROOT / "requirements-dev.txt").read_text().splitlines() if line.startswith("jupyterlab=="))
        run([str(pip), "install", "--quiet", jupyterlab, str(wheel)])
        listing = subprocess.run(
            [str(venv / "bin" / "jupyter"), "labextension", "list"], capture_output=True, text=True, check=True
        )
        text = ANSI.sub("", listing.stdout + listing.stderr)
        line = next((l for l in text.splitlines() if NAME in l), "")
        if "enabled" not in line or "OK" not in line:
            sys.exit(f"a fresh venv with the wheel does not list {NAME} as enabled:\n{text}")
        print(f"ok: fresh venv lists: {line.strip()}")
        listing = subprocess.run(
            [str(venv / "bin" / "jupyter"), "server", "extension", "list"], capture_output=True, text=True, check=True
        )
        text = ANSI.sub("", listing.stdout + listing.stderr)
        module = NAME.replace("-", "_")
        if not re.search(rf"^\s*{module} enabled\s*$", text, re.M) or not re.search(rf"{module} \S+ OK", text):
            sys.exit(f"a fresh venv with the wheel does not list the server extension {module} as enabled:\n{text}")
        print(f"ok: fresh venv lists the server extension {module} enabled and OK")


def main() -> None:
    # The build hook calls jlpm, which lives beside this Python in the venv.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "dist"))
    out = Path(parser.parse_args().out).resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    wheel, sdist = build(out)
    names = zipfile.ZipFile(wheel).namelist()
    require(names, WHEEL_MUST_HAVE, wheel.name)
    stray = [n for n in names if any(re.search(p, n) for p in WHEEL_MUST_NOT_HAVE)]
    if stray:
        sys.exit(f"{wheel.name} carries test files: {', '.join(stray)}")
    with tarfile.open(sdist) as tar:
        require(tar.getnames(), SDIST_MUST_HAVE, sdist.name)
    check_fresh_install(wheel)


if __name__ == "__main__":
    main()
