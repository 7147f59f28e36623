"""Start the JupyterLab server of the audit benchmark (`make bench-audit`): its root is the
generated home directory (AUDIT_BENCH_HOME, made by bench/audit-home.js) and it listens on
AUDIT_BENCH_PORT (default 8910), away from the UI tests' 8888-8890.

Like start_test_server.py: fresh, empty config folders per start, the security notice off
(page config), and checks on demand only, so that nothing but the benchmark runs one.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

UI_TESTS = Path(__file__).resolve().parent.parent


def main() -> None:
    home = os.environ.get("AUDIT_BENCH_HOME")
    if not home or not Path(home, ".bench-home.json").is_file():
        sys.exit("AUDIT_BENCH_HOME must name a home made by bench/audit-home.js")
    scratch = Path(tempfile.mkdtemp(prefix="credential-guard-audit-bench-"))
    os.environ["JUPYTER_CONFIG_DIR"] = str(scratch / "config")
    os.environ["JUPYTERLAB_GALATA_ROOT_DIR"] = home
    user_settings = scratch / "config" / "lab" / "user-settings" / "jupyterlab-credential-guard"
    user_settings.mkdir(parents=True)
    (user_settings / "audit.jupyterlab-settings").write_text(json.dumps({"schedule": "on-demand"}))
    os.environ["CREDENTIAL_GUARD_TEST_PROFILE"] = "main"
    os.environ["CREDENTIAL_GUARD_TEST_PORT"] = os.environ.get("AUDIT_BENCH_PORT", "8910")
    # The benchmark reads the server's CPU time from /proc/<pid>; execv keeps the pid.
    pid_file = os.environ.get("AUDIT_BENCH_PID_FILE")
    if pid_file:
        Path(pid_file).write_text(str(os.getpid()))
    argv = [sys.executable, "-m", "jupyterlab", "--config", str(UI_TESTS / "jupyter_server_test_config.py")]
    os.execv(sys.executable, argv)


if __name__ == "__main__":
    main()
