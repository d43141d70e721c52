"""URLs: pages served by a loopback HTTP server the tests start, never the network."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from published import to_html, to_pdf
from typer.testing import CliRunner

from briefing_cli.cli import app

BRIEFING = """Department Press Briefing
Daniel Reyes, Spokesperson
March 12, 2026

MR REYES: Good afternoon, everybody. I have two items at the top, and then I'm happy to take \
your questions. The Secretary will travel to Lisbon next week for the ministerial meeting on \
maritime security in the North Atlantic.

QUESTION: Thanks, Daniel. Was anything offered to Valmora in exchange for the release of the \
aid workers?

MR REYES: No, nothing was offered. This was not a transaction, and the families have been \
told as much by the Secretary herself.

QUESTION: Will the Secretary meet Mr. Sorokin in Lisbon?

MR REYES: I don't have any meetings to announce at this stage. We will have a fuller \
schedule for you later in the week.
"""

NEWS = """<!DOCTYPE html><html><head><title>Port talks collapse</title>
<meta property="article:published_time" content="2026-03-04T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>Port talks collapse as union rejects final offer</h1>
<p>HALDEN, March 4 - Talks to end a two-week strike at the country's largest container port
collapsed on Tuesday after the dockworkers' union rejected what the government called its
final offer.</p>
<p>"We are not going to sign away our members' jobs for a one-off bonus," union president
Marta Kowalczyk told reporters outside the ministry.</p>
<p>The Port Employers' Association said the offer was "generous by any standard" and accused
the union of holding the national economy hostage.</p>
<p>"Every day this goes on costs exporters more than forty million," said Henrik Lind, the
association's chief negotiator.</p></article>
<footer>Subscribe to our newsletter. Terms of use.</footer></body></html>"""

MENU = "".join(f'<div class="menu-item"><a href="/m/{i}">Menu entry number {i}</a></div>'
               for i in range(120))
DIVS = (f'<!DOCTYPE html><html><head><title>Briefing</title></head><body>'
        f'<div class="nav">{MENU}</div><div class="content">'
        + "".join(f'<div class="para">{line}</div>'
                  for line in BRIEFING.split("\n\n"))
        + '</div><div class="footer">Contact us | Sitemap | Privacy</div></body></html>')


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []
    paths: list[str] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, ctype: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).agents.append(self.headers.get("User-Agent", ""))
        type(self).paths.append(self.path)
        path = self.path.split("://", 1)[-1].split("/", 1)[-1]  # proxied: an absolute URL
        if path == "briefing":
            self._send(200, "text/html; charset=utf-8", to_html(
                BRIEFING, date="2026-03-12", url="https://www.example.gov/briefings/march-12"))
        elif path == "divs":
            self._send(200, "text/html", DIVS.encode())
        elif path == "news":
            self._send(200, "text/html; charset=utf-8", NEWS.encode())
        elif path == "plain.txt":
            self._send(200, "text/plain; charset=utf-8", BRIEFING.encode())
        elif path == "doc.pdf":
            self._send(200, "application/pdf", to_pdf(BRIEFING))
        elif path == "download":  # a PDF sent as a bare download: sniffed
            self._send(200, "application/octet-stream", to_pdf(BRIEFING))
        elif path == "moved":
            self._send(302, "text/html", b"", Location="/briefing")
        elif path == "slow":
            time.sleep(1.5)
            self._send(200, "text/html", DIVS.encode())
        elif path == "image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        elif path == "gzipped":  # compressed although briefing asked for identity
            import gzip

            self._send(200, "text/plain; charset=utf-8", gzip.compress(BRIEFING.encode()),
                       Content_Encoding="gzip")
        elif path == "big":
            self._send(200, "text/plain", b"MR REYES: word word word.\n" * 4000)
        elif path == "big-unannounced":  # no Content-Length: the cap applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"MR REYES: word word word.\n" * 4000)
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (the timeout test) is expected


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_an_official_briefing_page_is_summarized_with_its_labels(server: str) -> None:
    result = run("speakers", f"{server}/briefing", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["url"] == "https://www.example.gov/briefings/march-12"
    assert data["source"]["extracted_from"] == "html"
    assert data["source"]["date"] == "2026-03-12"
    names = {s["name"] for s in data["speakers"]}
    assert any("Reyes" in name for name in names)


def test_the_request_names_briefing_and_its_version(server: str) -> None:
    import briefing_cli

    run("text", f"{server}/briefing")
    assert _Handler.agents[-1] == f"briefing/{briefing_cli.__version__}"


def test_text_prints_what_line_numbers_point_into(server: str) -> None:
    text = run("text", f"{server}/briefing")
    assert text.exit_code == 0
    digest = json.loads(run("summarize", f"{server}/briefing", "-f", "json").stdout)
    lines = text.stdout.split("\n")
    for point in digest["summary"]:
        assert point["text"].split("\n")[0] in lines[point["line"] - 1]
    assert "cookies" not in text.stdout and "Section 3 of the site" not in text.stdout
    assert "MR REYES: No, nothing was offered." in text.stdout


def test_markdown_names_the_source_url(server: str) -> None:
    result = run("summarize", f"{server}/briefing", "-f", "markdown")
    assert result.exit_code == 0
    assert "URL: <https://www.example.gov/briefings/march-12>" in result.stdout


def test_a_transcript_in_divs_behind_a_long_menu(server: str) -> None:
    text = run("text", f"{server}/divs").stdout
    assert "Menu entry" not in text and "Sitemap" not in text
    assert "MR REYES: No, nothing was offered." in text
    assert "QUESTION: Will the Secretary meet Mr. Sorokin in Lisbon?" in text


def test_a_news_article_keeps_its_quotes(server: str) -> None:
    result = run("speakers", f"{server}/news", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["date"] == "2026-03-04"
    names = {s["name"] for s in data["speakers"]}
    assert {"Marta Kowalczyk", "Henrik Lind"} <= names
    assert "Subscribe" not in run("text", f"{server}/news").stdout


def test_plain_text_and_pdf_urls(server: str) -> None:
    plain = run("text", f"{server}/plain.txt")
    assert plain.stdout == BRIEFING
    for path in ("doc.pdf", "download"):
        result = run("speakers", f"{server}/{path}", "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["source"]["extracted_from"] == "pdf"


def test_a_gzipped_answer_is_inflated(server: str) -> None:
    assert run("text", f"{server}/gzipped").stdout == BRIEFING


def test_a_redirect_is_followed(server: str) -> None:
    result = run("speakers", f"{server}/moved", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["name"] == f"{server}/moved"


@pytest.mark.parametrize(("path", "args", "message"), [
    ("missing", (), "HTTP 404"),
    ("slow", ("--timeout", "0.3"), "no complete answer within 0.3 s"),
    ("image.png", (), "image/png, not a web page"),
    ("big", ("--max-bytes", "5000"), "more than the limit of 5,000"),
    ("big-unannounced", ("--max-bytes", "5000"), "larger than the limit of 5,000"),
])
def test_fetch_failures_are_one_error_line(server: str, path: str, args: tuple[str, ...],
                                           message: str) -> None:
    result = run("summarize", f"{server}/{path}", *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr


def test_tls_to_a_plain_server_is_a_tls_error(server: str) -> None:
    result = run("summarize", server.replace("http://", "https://") + "/briefing")
    assert result.exit_code == 1
    assert "TLS" in result.stderr or "SSL" in result.stderr


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    result = run("summarize", "http://briefings.example.invalid/today")
    assert result.exit_code == 1
    assert "cannot resolve the host name briefings.example.invalid" in result.stderr


def test_refused_connection() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run("summarize", f"http://127.0.0.1:{port}/x")
    assert result.exit_code == 1
    assert "connection refused" in result.stderr


def test_a_proxy_from_the_environment_is_used(server: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("no_proxy")
    monkeypatch.setenv("http_proxy", server)
    result = run("text", "http://briefings.example.test/briefing")
    assert result.exit_code == 0, result.output
    assert _Handler.paths[-1] == "http://briefings.example.test/briefing"


def test_other_schemes_are_refused_and_local_paths_never_fetched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("summarize", "ftp://example.org/briefing.txt")
    assert result.exit_code == 1 and "only http:// and https://" in result.stderr
    import urllib.request

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("fetched")

    monkeypatch.setattr(urllib.request, "build_opener", no_network)
    monkeypatch.chdir(tmp_path)
    local = tmp_path / "http:" / "example.org"
    local.mkdir(parents=True)
    (local / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    assert run("text", "http://example.org/briefing.txt").stdout == BRIEFING


def test_batch_reads_a_list_of_urls(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# this week's briefings\n{server}/briefing\n\n{server}/news\n"
                       f"{server}/missing\n", encoding="utf-8")
    out = tmp_path / "digests"
    result = run("batch", "--urls", str(listing), "-o", str(out), "-j", "1")
    assert result.exit_code == 1  # the 404, reported after the others were written
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [e["file"] for e in index["transcripts"]] == [f"{server}/briefing", f"{server}/news"]
    # The date the page's text prints comes first (the page's metadata says the same day).
    assert index["transcripts"][0]["date"] == "March 12, 2026"
    assert index["failed"][0]["file"] == f"{server}/missing"
    assert (out / index["transcripts"][0]["output"]).is_file()
    assert "HTTP 404" in result.stderr


def test_batch_needs_a_folder_or_urls(tmp_path: Path) -> None:
    result = run("batch", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    bad = tmp_path / "urls.txt"
    bad.write_text("briefing.txt\n", encoding="utf-8")
    result = run("batch", "--urls", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "line 1" in result.stderr
