"""Make the virtual environments of the compatibility matrix and install the wheel into each.

Usage: python setup_compat_env.py WHEEL ENVS_DIR [LEG ...]

Each leg is a venv ENVS_DIR/<leg> with ui-tests/compat/requirements-<leg>.txt installed (only when
that file changed since the last run) and the extension's wheel installed on top, as a hub image
would have it. Then `jupyter labextension list` must say the extension is `enabled OK` there: the
line is printed, and anything else stops the run.
"""

import hashlib
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEGS = ["lab-oldest", "notebook-oldest", "lab-rtc"]
EXTENSION = "jupyterlab-credential-guard"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def setup(leg: str, wheel: Path, envs: Path) -> None:
    requirements = HERE / f"requirements-{leg}.txt"
    venv = envs / leg
    python = venv / "bin" / "python"
    stamp = venv / ".requirements.sha256"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()
    # -qq: this machine's pip configuration warns about every missing local index.
    pip = [str(python), "-m", "pip", "install", "-qq", "--disable-pip-version-check"]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if not stamp.exists() or stamp.read_text() != digest:
        subprocess.run([*pip, "-r", str(requirements)], check=True)
        stamp.write_text(digest)
    # --force-reinstall: the wheel's version does not change between builds during development.
    subprocess.run([*pip, "--no-deps", "--force-reinstall", str(wheel)], check=True)

    listed = subprocess.run(
        [str(venv / "bin" / "jupyter"), "labextension", "list"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = ANSI.sub("", listed.stdout + listed.stderr).splitlines()
    ours = [line.strip() for line in lines if line.strip().startswith(EXTENSION)]
    versions = subprocess.run(
        [str(python), "-c", "import jupyterlab; print(jupyterlab.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"{leg} (JupyterLab {versions}): {' | '.join(ours) or 'not listed'}")
    if len(ours) != 1 or "enabled OK" not in ours[0]:
        sys.exit(f"{leg}: the extension is not listed as enabled OK:\n" + "\n".join(lines))


def main() -> None:
    wheel, envs = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    legs = sys.argv[3:] or LEGS
    envs.mkdir(parents=True, exist_ok=True)
    for leg in legs:
        if leg not in LEGS:
            sys.exit(f"unknown leg {leg!r}; expected some of {LEGS}")
        setup(leg, wheel, envs)


if __name__ == "__main__":
    main()
