"""Write the demo notebook, with fake credentials made now, at run time.

Nothing committed to the repository looks like a live credential: every value below is random,
shaped like the real thing (prefixes, lengths and, for GitHub, the checksum), and worthless.
"""

import hashlib
import json
import secrets
import string
import sys
import zlib
from pathlib import Path

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + "234567"
# Where the demo notebook records the digest of its sources as written.
DEMO_METADATA = "credential_guard_demo"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rand(alphabet: str, n: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


def base62(value: int, width: int) -> str:
    digits = ""
    while value:
        value, r = divmod(value, 62)
        digits = BASE62[r] + digits
    return digits.rjust(width, "0")


def github_token(prefix: str = "ghp_") -> str:
    # Classic tokens end with the CRC32 of their random part in base62, so scanners can check them offline.
    body = rand(ALNUM, 30)
    return f"{prefix}{body}{base62(zlib.crc32(body.encode()), 6)}"


def code(source: str, outputs=None) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": secrets.token_hex(4),
        "metadata": {},
        "outputs": outputs or [],
        "source": source,
    }


def markdown(source: str) -> dict:
    return {"cell_type": "markdown", "id": secrets.token_hex(4), "metadata": {}, "source": source}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text}


def demo_notebook() -> dict:
    aws_id = "AKIA" + rand(UPPER_DIGITS, 16)
    aws_secret = rand(ALNUM + "/+", 40)
    earthdata_password = rand(ALNUM, 14) + "!7"
    cds_key = f"{secrets.randbelow(900000) + 100000}:{secrets.token_hex(4)}-{secrets.token_hex(2)}-{secrets.token_hex(2)}-{secrets.token_hex(2)}-{secrets.token_hex(6)}"
    hub_token = secrets.token_hex(16)
    db_password = rand(ALNUM, 16)
    cells = [
        markdown(
            "# Credential guard demo\n\n"
            "Every credential in this notebook is fake, generated when the demo started. "
            "The security notice sits at the top of the window; the cells below show what the "
            "extension warns about."
        ),
        code(
            "import boto3\n\n"
            f'AWS_ACCESS_KEY_ID = "{aws_id}"\n'
            f'AWS_SECRET_ACCESS_KEY = "{aws_secret}"\n'
            's3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,\n'
            "                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)"
        ),
        markdown(f"To clone the private repo, I used `{github_token()}` (remove before sharing!)."),
        code(
            "%%writefile ~/.netrc\n"
            f"machine urs.earthdata.nasa.gov login scientist password {earthdata_password}"
        ),
        code(
            "%%writefile ~/.cdsapirc\n"
            "url: https://cds.climate.copernicus.eu/api\n"
            f"key: {cds_key}"
        ),
        code(
            "!env | grep TOKEN",
            [stream(f"JUPYTERHUB_API_TOKEN={hub_token}\nGITHUB_TOKEN={github_token()}\n")],
        ),
        code(
            "from sqlalchemy import create_engine\n"
            f'engine = create_engine("postgresql+psycopg2://analyst:{db_password}@db.internal:5432/obs")'
        ),
        markdown(
            "Text files are checked too: open `earthdata.env` (next to this notebook) in the "
            "file editor."
        ),
        markdown("## The safe way\n\nRead credentials from the environment or prompt for them:"),
        code(
            "import os\nfrom getpass import getpass\n\n"
            'token = os.environ["GITHUB_TOKEN"]\n'
            'password = getpass("Earthdata password: ")'
        ),
    ]
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def demo_env_file() -> str:
    """A dotenv file of the kind analysis notebooks load, for the file editor's warnings."""
    return (
        "# Loaded with python-dotenv by the analysis notebooks.\n"
        "EARTHDATA_USERNAME=scientist\n"
        f"EARTHDATA_PASSWORD={rand(ALNUM, 14)}!7\n"
        f"HF_TOKEN=hf_{rand(ALNUM, 34)}\n"
    )


def sources_digest(notebook: dict) -> str:
    """A digest of the cells' sources: what a user's edit changes (running cells does not)."""
    text = "\0".join("".join(cell.get("source", "")) for cell in notebook.get("cells", []))
    return hashlib.sha256(text.encode()).hexdigest()


def edited_by_user(target: Path) -> bool:
    """Whether `target` is a demo notebook whose cells someone changed since it was written.

    A file this script did not write (no digest), or one it cannot read, counts as edited: it
    is kept rather than lost.
    """
    try:
        notebook = json.loads(target.read_text())
    except (OSError, ValueError):
        return True
    written = notebook.get("metadata", {}).get(DEMO_METADATA, {}).get("sources_sha256")
    return written != sources_digest(notebook)


def write_demo(folder: Path) -> str:
    """Write the demo files into `folder`; return what was done, in one sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "credential-guard-demo.ipynb"
    env_file = folder / "earthdata.env"
    env_file.write_text(demo_env_file())
    if target.exists() and edited_by_user(target):
        return (
            f"Kept {target}, which you edited (delete it for a fresh one); "
            f"wrote {env_file} (fake credentials, made just now)"
        )
    replacing = target.exists()
    notebook = demo_notebook()
    notebook["metadata"][DEMO_METADATA] = {"sources_sha256": sources_digest(notebook)}
    target.write_text(json.dumps(notebook, indent=1) + "\n")
    verb = "Replaced" if replacing else "Wrote"
    return f"{verb} {target} and {env_file} (fake credentials, made just now)"


def main() -> None:
    print(write_demo(Path(sys.argv[1] if len(sys.argv) > 1 else "demo")), flush=True)


if __name__ == "__main__":
    main()
