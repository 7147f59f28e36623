"""How far the audit endpoints may go: operator defaults, lowered (never raised) per request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from traitlets import Bool, Float, Integer
from traitlets.config import Configurable


class CredentialGuardAudit(Configurable):
    """Limits of the server side of "Check my files", set by the operator.

    Set them like any server option, for example in `jupyter_server_config.py`:
    `c.CredentialGuardAudit.max_files = 20000`. A request may ask for lower limits
    through query parameters of the same names, never for higher ones.
    """

    max_files = Integer(
        50_000,
        min=0,
        config=True,
        help="Most files one inventory lists; the walk stops there and says it was truncated.",
    )
    max_depth = Integer(
        32,
        min=0,
        config=True,
        help="Deepest folder the inventory enters: the root is depth 0, its folders depth 1.",
    )
    max_seconds = Float(
        60.0,
        min=0.0,
        config=True,
        help="Longest one inventory walks before it stops and says it was truncated.",
    )
    max_file_bytes = Integer(
        10 * 1024 * 1024,
        min=0,
        config=True,
        help="Largest file listed by the inventory and returned by the file read.",
    )
    follow_mounts = Bool(
        False,
        config=True,
        help=(
            "Also walk folders that are other file systems mounted under the root, such as a "
            "shared data volume. Off by default: those are rarely the user's own files, and often huge."
        ),
    )


@dataclass(frozen=True)
class Limits:
    """The limits one request runs under."""

    max_files: int
    max_depth: int
    max_seconds: float
    max_file_bytes: int
    follow_mounts: bool = False

    @classmethod
    def from_config(cls, config: CredentialGuardAudit) -> Limits:
        return cls(
            max_files=config.max_files,
            max_depth=config.max_depth,
            max_seconds=config.max_seconds,
            max_file_bytes=config.max_file_bytes,
            follow_mounts=config.follow_mounts,
        )

    def lowered_by(self, query: Mapping[str, str | None]) -> Limits:
        """These limits, with any lower value a request asked for.

        @param query - query parameters by name; absent ones are None
        @returns new limits; a value above the operator's is silently capped to it.
        @raises ValueError when a parameter is not a non-negative number.
        """
        changes: dict[str, float] = {}
        for name, parse in (("max_files", int), ("max_depth", int), ("max_seconds", float), ("max_file_bytes", int)):
            raw = query.get(name)
            if raw is None:
                continue
            try:
                value = parse(raw)
            except ValueError:
                raise ValueError(f"{name} must be a non-negative number") from None
            # float('nan') and float('inf') parse, but are no limit anyone meant.
            if not value >= 0 or value == float("inf"):
                raise ValueError(f"{name} must be a non-negative number")
            changes[name] = min(value, getattr(self, name))
        return replace(self, **changes)
