"""URLs as sources name them: credentials hidden in labels, malformed URLs and ``file://`` URLs
of another host refused with an error naming the source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.errors import CatalogError

if TYPE_CHECKING:
    import urllib.parse


def redact(url: str) -> str:
    """A URL with its credentials (user:password@) hidden: 'https://***@host/path'."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop)
        if found != -1:
            end = min(end, found)
    at = rest.rfind("@", 0, end)
    if at == -1:
        return url
    return f"{scheme}://***@{rest[at + 1 :]}"


def split_url(url: str, label: str) -> urllib.parse.SplitResult:
    """A URL's parts; a malformed URL (``http://[::1``, a port that is no number) is a
    CatalogError naming ``label``."""
    import urllib.parse

    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- a port that is no number raises here, not in a fetch
    except ValueError as exc:
        raise CatalogError(label, f"invalid URL: {exc}") from None
    return parts


def file_url_path(parts: urllib.parse.SplitResult, label: str) -> str | None:
    """The local path a file:// URL names, percent-decoded (None for another scheme); a
    file:// URL naming another host is a CatalogError."""
    if parts.scheme.lower() != "file":
        return None
    if parts.netloc.lower() not in ("", "localhost"):
        raise CatalogError(
            label, "a file:// URL must name a local file (file:///path or file://localhost/path)"
        )
    import urllib.request

    return urllib.request.url2pathname(parts.path)
