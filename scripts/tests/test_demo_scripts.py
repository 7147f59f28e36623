"""The demo's scripts: the notebook a user edited is kept, and each run gets fresh Jupyter folders."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import make_demo_notebook  # noqa: E402
import start_jupyterlab  # noqa: E402


def test_writes_then_replaces_an_untouched_demo_notebook(tmp_path):
    assert make_demo_notebook.write_demo(tmp_path).startswith("Wrote ")
    first = (tmp_path / "credential-guard-demo.ipynb").read_text()
    assert make_demo_notebook.write_demo(tmp_path).startswith("Replaced ")
    # Fresh fake credentials every time.
    assert (tmp_path / "credential-guard-demo.ipynb").read_text() != first


def test_keeps_a_demo_notebook_the_user_edited(tmp_path):
    make_demo_notebook.write_demo(tmp_path)
    target = tmp_path / "credential-guard-demo.ipynb"
    notebook = json.loads(target.read_text())
    notebook["cells"][0]["source"] = "my own notes"
    target.write_text(json.dumps(notebook))
    said = make_demo_notebook.write_demo(tmp_path)
    assert said.startswith(f"Kept {target}, which you edited")
    assert json.loads(target.read_text())["cells"][0]["source"] == "my own notes"


def test_running_cells_is_not_an_edit(tmp_path):
    make_demo_notebook.write_demo(tmp_path)
    target = tmp_path / "credential-guard-demo.ipynb"
    notebook = json.loads(target.read_text())
    notebook["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "ran"}]
    target.write_text(json.dumps(notebook))
    assert make_demo_notebook.write_demo(tmp_path).startswith("Replaced ")


def test_keeps_a_notebook_it_cannot_read(tmp_path):
    target = tmp_path / "credential-guard-demo.ipynb"
    target.write_text("{ not json")
    assert make_demo_notebook.write_demo(tmp_path).startswith("Kept ")
    assert target.read_text() == "{ not json"


def test_demo_environment_is_fresh_and_its_runtime_outside_the_root(tmp_path):
    env = start_jupyterlab.demo_environment(tmp_path)
    config = Path(env["JUPYTER_CONFIG_DIR"])
    assert config.is_dir() and tmp_path in config.parents
    (config / "nbconfig").mkdir()
    (config / "nbconfig" / "acknowledged.json").write_text("{}")
    env = start_jupyterlab.demo_environment(tmp_path)
    assert list(Path(env["JUPYTER_CONFIG_DIR"]).iterdir()) == []
    assert tmp_path not in Path(env["JUPYTER_RUNTIME_DIR"]).parents
    for name in ("JUPYTER_DATA_DIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR"):
        assert tmp_path in Path(env[name]).parents
