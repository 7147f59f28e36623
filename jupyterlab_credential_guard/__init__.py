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
