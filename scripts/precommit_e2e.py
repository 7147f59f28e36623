"""End-to-end test of the pre-commit hook, installed the way its users install it.

Usage (make precommit-test runs it with the Python of a venv holding requirements-precommit.txt):
  python scripts/precommit_e2e.py [--keep]

1. Clones this repository into a temporary directory: committed HEAD only, so what is tested is what a
   user gets at that commit, not uncommitted edits.
2. Makes a user's repository with a notebook holding a fake GitHub token generated now (in a cell's
   source and in the output that prints it), and a .pre-commit-config.yaml whose `repo:` is that clone
   and `rev:` its commit sha.
3. `pre-commit run --all-files`, with a fresh PRE_COMMIT_HOME so the hook is installed from scratch,
   must fail and report the notebook, the rule and the masked value, never the token itself.
4. Once the token is replaced by an environment lookup and the output cleared, the same run must pass.

Nothing committed looks like a live credential: the token is random, shaped like a real one (prefix,
length, CRC32 checksum) and worthless.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from make_demo_notebook import github_token  # noqa: E402  (the demo's generator: same shape, same checksum)

NOTEBOOK = "analysis.ipynb"


def git_env() -> dict:
    # Run as if from a plain shell even when make test itself runs inside a git hook (GIT_DIR, GIT_INDEX_FILE…).
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def run(cmd: list, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if check and result.returncode != 0:
        sys.exit(f"precommit-e2e: {' '.join(map(str, cmd))} failed ({result.returncode}):\n{result.stdout}")
    return result


def cell(index: int, source: str, outputs=None) -> dict:
    return {
        "cell_type": "code",
        "execution_count": index + 1 if outputs else None,
        "id": f"cell-{index}",
        "metadata": {},
        "outputs": outputs or [],
        "source": source,
    }


def write_notebook(path: Path, cells: list) -> None:
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(notebook, indent=1) + "\n")


def pre_commit(user: Path, env: dict) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    result = run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"], user, env, check=False
    )
    return result, time.monotonic() - start


def fail(message: str, output: str) -> None:
    sys.exit(f"precommit-e2e: FAIL: {message}\n--- pre-commit output ---\n{output}")


def main(argv: list) -> int:
    keep = "--keep" in argv
    work = Path(tempfile.mkdtemp(prefix="credential-guard-precommit-"))
    env = git_env()
    env["PRE_COMMIT_HOME"] = str(work / "pre-commit-home")
    try:
        hook_repo = work / "hook-repo"
        run(["git", "clone", "--quiet", str(ROOT), str(hook_repo)], work, env)
        rev = run(["git", "rev-parse", "HEAD"], hook_repo, env).stdout.strip()

        user = work / "user-repo"
        user.mkdir()
        run(["git", "init", "--quiet"], user, env)
        (user / ".pre-commit-config.yaml").write_text(
            "repos:\n"
            f"  - repo: {hook_repo}\n"
            f"    rev: {rev}\n"
            "    hooks:\n"
            "      - id: credential-guard\n"
        )
        token = github_token()
        write_notebook(
            user / NOTEBOOK,
            [
                cell(0, f'GITHUB_TOKEN = "{token}"\n'),
                cell(1, "print(GITHUB_TOKEN)", [{"name": "stdout", "output_type": "stream", "text": f"{token}\n"}]),
            ],
        )
        run(["git", "add", "."], user, env)

        dirty, dirty_seconds = pre_commit(user, env)
        out = dirty.stdout
        if dirty.returncode == 0:
            fail("the hook passed on a notebook holding a credential", out)
        if "credential-guard" not in out or "Failed" not in out:
            fail("the credential-guard hook did not run or did not fail", out)
        for expected in (NOTEBOOK, "github-token", "source", "outputs", token[:8] + "…"):
            if expected not in out:
                fail(f"the report does not mention {expected!r}", out)
        # The masked preview keeps the prefix and four characters; nothing past them may leak.
        if token in out or token[8:20] in out:
            fail("the report shows the unmasked token", out.replace(token, "<TOKEN>"))

        write_notebook(
            user / NOTEBOOK,
            [
                cell(0, 'import os\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\n'),
                cell(1, "print(len(GITHUB_TOKEN))"),
            ],
        )
        run(["git", "add", "."], user, env)
        clean, clean_seconds = pre_commit(user, env)
        if clean.returncode != 0 or "Passed" not in clean.stdout:
            fail("the hook did not pass once the notebook was cleaned", clean.stdout)

        print("precommit-e2e: the hook's report on the notebook with the fake token:")
        print("".join(f"    {line}\n" for line in out.strip().splitlines()), end="")
        print(
            f"precommit-e2e: OK: hook installed from {hook_repo.name}@{rev[:12]} and failed on the fake token "
            f"({dirty_seconds:.1f} s, install included), then passed on the cleaned notebook ({clean_seconds:.1f} s)"
        )
        return 0
    finally:
        if keep:
            print(f"precommit-e2e: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
