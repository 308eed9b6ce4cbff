"""`singlelist update` against a real HTTP server on 127.0.0.1 serving list files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from helpers import write_un


class QuietHandler(SimpleHTTPRequestHandler):
    requests: list[tuple[str, int]] = []

    def log_request(self, code="-", size="-") -> None:  # record, don't print
        QuietHandler.requests.append((self.path, int(code) if str(code).isdigit() else 0))


@pytest.fixture()
def serve() -> Iterator:
    servers = []

    def start(folder: Path) -> str:
        handler = partial(QuietHandler, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    QuietHandler.requests = []
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def run_cli(tmp_path: Path, *args: str, catalog: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SINGLELIST_DB": str(tmp_path / "db.sqlite"),
           "SINGLELIST_CATALOG": str(catalog), "SINGLELIST_CACHE": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "singlelist", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def write_catalog(tmp_path: Path, entries: dict) -> Path:
    path = tmp_path / "catalog.yml"
    path.write_text(yaml.safe_dump(entries))
    return path


def test_update_downloads_then_304_and_reports_failures(serve, tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_un(site, "consolidated.xml")
    base = serve(site)
    catalog = write_catalog(tmp_path, {
        "un-sc": {"downloads": {"consolidated.xml": f"{base}/consolidated.xml"},
                  "expect": {"min_records": 1}},
        "au-dfat": {"downloads": {"regulation8_consolidated.xlsx": f"{base}/missing.xlsx"}},
    })
    first = run_cli(tmp_path, "update", "un-sc", "au-dfat", "--json", catalog=catalog)
    assert first.returncode == 1, first.stderr
    report = json.loads(first.stdout)
    assert [(r["source"], r["status"], r["records"]) for r in report["loads"]] == [
        ("un-sc", "loaded", 3)]
    [error] = report["errors"]
    assert error["source"] == "au-dfat" and "404" in error["error"] and "missing.xlsx" in error["error"]
    assert (tmp_path / "cache" / "un-sc" / "consolidated.xml").exists()

    QuietHandler.requests.clear()
    second = run_cli(tmp_path, "update", "un-sc", "--json", catalog=catalog)
    assert second.returncode == 0, second.stderr
    assert ("/consolidated.xml", 304) in QuietHandler.requests
    assert [r["status"] for r in json.loads(second.stdout)["loads"]] == ["unchanged"]


def test_update_real_files_over_http(serve, corpus: Path, tmp_path: Path) -> None:
    base = serve(corpus)
    catalog = write_catalog(tmp_path, {
        "un-sc": {"downloads": {"consolidated.xml": f"{base}/un/consolidated_2026-02-27.xml"}},
        "gb-ofsi": {"downloads": {"ConList.csv": f"{base}/gb-ofsi/conlist_2018-04-13.csv"}},
        "ca-sema": {"downloads": {"sema-lmes.xml": f"{base}/nowhere/sema-lmes.xml"}},
    })
    result = run_cli(tmp_path, "update", "un-sc", "gb-ofsi", "ca-sema", "--json", catalog=catalog)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    loaded = {r["source"]: r for r in report["loads"]}
    assert loaded["un-sc"]["counts"] == {"person": 730, "organisation": 273}
    assert loaded["gb-ofsi"]["date"] == "2018-04-13"
    assert [e["source"] for e in report["errors"]] == ["ca-sema"]
    again = run_cli(tmp_path, "update", "un-sc", "gb-ofsi", "--json", catalog=catalog)
    assert again.returncode == 0
    assert {r["status"] for r in json.loads(again.stdout)["loads"]} == {"unchanged"}


def test_update_from_mirror_loads_history_oldest_first(corpus: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "update", "--from", str(corpus), "--json",
                     catalog=write_catalog(tmp_path, {}))
    assert result.returncode == 0, result.stdout + result.stderr
    loads = json.loads(result.stdout)["loads"]
    by_source: dict[str, list[str]] = {}
    for row in loads:
        by_source.setdefault(row["source"], []).append(row["date"])
    assert set(by_source) >= {"un-sc", "us-ofac-sdn", "us-ofac-cons", "gb-ofsi", "au-dfat",
                              "ca-sema", "ae-local"}
    assert len(by_source["un-sc"]) == 4 and len(by_source["gb-ofsi"]) == 4
    for dates in by_source.values():
        assert dates == sorted(dates)
    sources = run_cli(tmp_path, "sources", "--json", catalog=write_catalog(tmp_path, {}))
    current = {row["source"]: row["current"] for row in json.loads(sources.stdout)["sources"]}
    assert current["un-sc"]["data_date"] == "2026-02-27"
    assert current["eu-fsf"] is None
