"""A real HTTPS calendar server on loopback, with its own test CA, for subscription tests.

The CA and the server certificate are made with the ``openssl`` command once per session; the
server is ``http.server`` wrapped in an ``ssl.SSLContext(PROTOCOL_TLS_SERVER)``. Tests change
what it serves between refreshes: a calendar (with an ETag, answering 304 when it matches), a
status code, a broken file, or a body that never finishes (released when the test ends).
"""

from __future__ import annotations

import hashlib
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass
class Answer:
    """What the server answers next: a body with status 200, or another status."""

    body: bytes = b""
    status: int = 200
    slow: bool = False  # send the headers and part of the body, then hold the connection


@dataclass
class CalendarServer:
    port: int
    cafile: Path
    answer: Answer = field(default_factory=Answer)
    requests: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str = "/calendar/ical/basic.ics", host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.port}{path}"

    def serve(self, body: bytes) -> None:
        self.answer = Answer(body)

    def fail(self, status: int) -> None:
        self.answer = Answer(status=status)


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(name="test_ca", scope="session")
def fixture_test_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA and a server certificate for 127.0.0.1 and localhost, signed by it."""
    d = tmp_path_factory.mktemp("ca")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=After Hours test CA", cwd=d)  # fmt: skip
    _openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=127.0.0.1", cwd=d)  # fmt: skip
    (d / "san.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.cnf",
             cwd=d)  # fmt: skip
    return d


@pytest.fixture(name="calendar_server")
def fixture_calendar_server(test_ca: Path) -> Iterator[CalendarServer]:
    state = CalendarServer(0, test_ca / "ca.pem")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append({k: v for k, v in self.headers.items()})
            answer = state.answer
            if answer.status != 200:
                self.send_response(answer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha1(answer.body, usedforsecurity=False).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if answer.slow:
                self.wfile.write(answer.body[:100])
                self.wfile.flush()
                state.release.wait(30)
                return
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the request line holds the secret address: never print it

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(test_ca / "server.pem", test_ca / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
