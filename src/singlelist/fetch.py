"""Downloading official files into a local cache, politely and atomically.

Conditional requests (ETag / Last-Modified), timeouts, retries with backoff, sha256 of
what was received, and all-or-nothing replacement of a source's file set: a failed
download leaves the previously cached files as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from singlelist import __version__

USER_AGENT = f"singlelist/{__version__} (+https://pypi.org/project/singlelist)"
CHUNK = 1 << 16


class FetchError(Exception):
    """A download that failed after its retries; the message names the URL."""


@dataclass
class Fetched:
    """The cached files of one source after an update."""

    paths: list[Path]
    changed: bool  # False when every file answered 304 Not Modified


def default_cache_dir() -> Path:
    return Path(os.environ.get("SINGLELIST_CACHE") or user_cache_dir("singlelist", appauthor=False))


def fetch_source(
    source_id: str,
    downloads: dict[str, str],
    cache_dir: Path | None = None,
    timeout: float = 60.0,
    retries: int = 3,
    progress: Callable[[int, int | None], None] | None = None,
) -> Fetched:
    """Download ``downloads`` (file name -> URL) for one source into the cache.

    ``progress(bytes_done, bytes_total_or_None)`` is called as data arrives.
    """
    if not downloads:
        raise FetchError(f"{source_id}: no official download address in the catalog; use --from DIR")
    folder = (cache_dir or default_cache_dir()) / source_id
    staging = folder / ".partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True, exist_ok=True)
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    new_meta = {}
    changed = False
    try:
        for name, url in downloads.items():
            target = folder / name
            old = meta.get(name, {}) if target.exists() else {}
            info = _download(url, staging / name, old, timeout, retries, progress)
            if info is None:  # not modified
                new_meta[name] = old
            else:
                new_meta[name] = info
                changed = True
        for name in downloads:
            if (staging / name).exists():
                os.replace(staging / name, folder / name)
        tmp_meta = folder / "meta.json.tmp"
        tmp_meta.write_text(json.dumps(new_meta, indent=1))
        os.replace(tmp_meta, meta_path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Fetched([folder / name for name in downloads], changed)


def _download(
    url: str,
    target: Path,
    old: dict[str, str],
    timeout: float,
    retries: int,
    progress: Callable[[int, int | None], None] | None,
) -> dict[str, str] | None:
    headers = {"User-Agent": USER_AGENT}
    if old.get("etag"):
        headers["If-None-Match"] = old["etag"]
    if old.get("last_modified"):
        headers["If-Modified-Since"] = old["last_modified"]
    last_error: Exception | None = None
    attempts = 0
    for attempt in range(retries):
        attempts += 1
        if attempt:
            time.sleep(min(2**attempt, 10) * 0.5)
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                total = response.headers.get("Content-Length")
                digest = hashlib.sha256()
                done = 0
                with open(target, "wb") as handle:
                    while chunk := response.read(CHUNK):
                        handle.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, int(total) if total else None)
                    handle.flush()
                    os.fsync(handle.fileno())
                if total and done != int(total):
                    raise FetchError(f"{url}: received {done} of {total} bytes")
                return {
                    "url": url,
                    "etag": response.headers.get("ETag") or "",
                    "last_modified": response.headers.get("Last-Modified") or "",
                    "sha256": digest.hexdigest(),
                    "size": str(done),
                }
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return None
            last_error = exc
            if 400 <= exc.code < 500 and exc.code not in (408, 429):
                break  # a client error will not heal by retrying
        except (urllib.error.URLError, TimeoutError, OSError, FetchError) as exc:
            last_error = exc
    if isinstance(last_error, urllib.error.HTTPError):
        reason = f"HTTP {last_error.code} {last_error.reason}"
    else:
        reason = getattr(last_error, "reason", None) or last_error
    raise FetchError(f"{url}: download failed after {attempts} attempt(s): {reason}")
