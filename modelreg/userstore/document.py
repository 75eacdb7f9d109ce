"""The store's file: the document read (a missing file is an empty store; a corrupt or
unreadable one an error naming it), and written atomically once it is known to read back; the
entries a user gives (``parse_entries``)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from modelreg.errors import CatalogError, UserStoreError
from modelreg.inputs import store_path
from modelreg.safefile.writing import atomic_write
from modelreg.sources import FORMAT_VERSION, FileReadError, catalog_entries, parse_json, read_bytes


def store_label(path: Path) -> str:
    return f"user store {path}"


def new_document(entries: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A store document holding ``entries``."""
    return {"format_version": FORMAT_VERSION, "models": [dict(e) for e in entries]}


def read_document(path: Path) -> dict[str, Any]:
    """The store at ``path`` as a document; a missing file is an empty store.

    Raises CatalogError (the store is corrupt: not JSON, not a catalog, or a
    format_version this modelreg does not know) or UserStoreError (it cannot
    be read: permission denied, ...). Both name the file.
    """
    try:
        data = read_bytes(path, store_label(path), regular_only=True)
    except FileReadError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return new_document()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EIO):
            reason = os.strerror(exc.errno)
            raise UserStoreError(f"cannot read the user store {path}: {reason}") from None
        raise
    document = parse_json(data, store_label(path))
    entries = catalog_entries(document, store_label(path))
    if isinstance(document, list):  # a hand-written bare array: written back versioned
        return new_document(entries)
    out: dict[str, Any] = {}
    if "$schema" in document:
        out["$schema"] = document["$schema"]
    out.update(new_document(entries))
    return out


def read_entries(path: Path | None = None) -> list[dict[str, Any]]:
    """The entries of the store (the default store if ``path`` is None)."""
    return read_document(path or store_path())["models"]


# -- writing -----------------------------------------------------------------


def write_document(path: Path, document: Mapping[str, Any]) -> None:
    """Write a store document atomically (see atomic_write), once it is known to read back;
    a store that is a symbolic link (kept with the user's dotfiles) stays one."""
    atomic_write(path, encode(path, document), follow_links=True)


def encode(path: Path, document: Mapping[str, Any]) -> bytes:
    """The bytes of a store document, parsed again first: a document modelreg could not read
    back (too deeply nested, not finite, not Unicode) raises UserStoreError, writing nothing."""
    try:
        data = dump(document).encode("utf-8")
        catalog_entries(parse_json(data, store_label(path)), store_label(path))
    except (CatalogError, UnicodeEncodeError, ValueError, RecursionError) as exc:
        raise UserStoreError(
            f"cannot write the user store {path}: the new store would not read back "
            f"({exc}); nothing was written"
        ) from None
    return data


def dump(document: Mapping[str, Any]) -> str:
    """A store document as the text written to the file."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_entries(data: str | bytes, label: str) -> list[dict[str, Any]]:
    """Model entries from JSON: one definition, an array, or a ``{"models": [...]}`` document."""
    doc = parse_json(data, label)
    if isinstance(doc, dict) and not {"models", "format_version"} & set(doc):
        doc = [doc]
    return catalog_entries(doc, label)
