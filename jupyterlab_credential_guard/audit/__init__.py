"""The server side of "Check my files": an inventory of the root and text reads (one file or a batch), all read-only."""

from __future__ import annotations

from jupyter_server.utils import url_path_join

from .handlers import FileHandler, FilesHandler, InventoryHandler
from .limits import CredentialGuardAudit

URL_PREFIX = "credential-guard"


def setup_handlers(serverapp) -> None:
    """Adds the endpoints under the server's base URL, configured from the server's config."""
    audit = CredentialGuardAudit(parent=serverapp)
    web_app = serverapp.web_app
    base_url = web_app.settings["base_url"]
    options = {"audit": audit, "root": serverapp.root_dir}
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base_url, URL_PREFIX, "inventory"), InventoryHandler, options),
            (url_path_join(base_url, URL_PREFIX, "file"), FileHandler, options),
            (url_path_join(base_url, URL_PREFIX, "files"), FilesHandler, options),
        ],
    )
