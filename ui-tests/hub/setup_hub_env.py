"""Make the end-to-end test's "user image": a venv with JupyterHub, JupyterLab, Notebook 7 and the
extension installed from the built wheel, plus the operator's two JSON files where an image puts them.

Usage: python setup_hub_env.py WHEEL VENV

This is the path docs/admin.md tells operators to take:
  pip install <wheel>
  <prefix>/share/jupyter/lab/settings/overrides.json   (defaults: notice text, terms URL, ...)
  <prefix>/etc/jupyter/labconfig/page_config.json      (lockedExtensions: cannot be disabled)
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    wheel, venv = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "-r", str(HERE / "requirements.txt")], check=True)
    # --force-reinstall: the wheel's version does not change between builds during development.
    subprocess.run([*pip, "--no-deps", "--force-reinstall", str(wheel)], check=True)

    settings = venv / "share" / "jupyter" / "lab" / "settings"
    labconfig = venv / "etc" / "jupyter" / "labconfig"
    settings.mkdir(parents=True, exist_ok=True)
    labconfig.mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "image" / "overrides.json", settings / "overrides.json")
    shutil.copy(HERE / "image" / "page_config.json", labconfig / "page_config.json")
    print(f"user image ready in {venv}")


if __name__ == "__main__":
    main()
