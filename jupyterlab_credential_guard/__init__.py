"""JupyterLab extension that keeps credentials out of notebooks on shared hubs."""

try:
    from ._version import __version__
except ImportError:
    # Imported from a source tree that was never built or installed.
    import warnings

    warnings.warn("Importing 'jupyterlab_credential_guard' outside a proper installation.")
    __version__ = "dev"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-credential-guard"}]


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_credential_guard"}]


def _load_jupyter_server_extension(serverapp):
    """Adds the read-only endpoints that "Check my files" uses (see docs/admin.md)."""
    # Imported here so that finding the labextension never needs jupyter_server.
    from .audit import setup_handlers

    setup_handlers(serverapp)
    serverapp.log.info("jupyterlab_credential_guard: server extension loaded")
