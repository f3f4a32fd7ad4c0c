"""A local web server for the network tests: fixture pages, a feed, a redirect, errors, a page
that never answers. It listens on 127.0.0.1 only; nothing in the tests touches the internet."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "fixtures" / "web"
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml"}


class WebServer:
    def __init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                server.headers.append(dict(self.headers))
                if self.path.startswith("http://"):  # asked as a proxy: serve the path of the address
                    server.proxied.append(self.path)
                    self.path = "/" + self.path.split("/", 3)[3]
                route = server.routes.get(self.path)
                if route is not None:
                    route(self)
                    return
                page = PAGES / self.path.lstrip("/")
                if self.path.count("/") == 1 and page.is_file():
                    body = page.read_bytes().replace(b"BASE", server.base.encode())
                    content_type = TYPES.get(page.suffix, "application/octet-stream")
                    if page.name == "second.html":
                        content_type = "text/html; charset=windows-1252"
                    self._send(200, body, content_type)
                    return
                self._send(404, b"<html><body><h1>Page introuvable</h1></body></html>", "text/html")

            def _send(self, code: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.requests: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.proxied: list[str] = []
        self.routes = {
            "/redirect": lambda h: h._send(302, b"", "text/html", {"Location": "/article.html"}),
            "/broken": lambda h: h._send(500, b"<html><body>Erreur interne</body></html>", "text/html"),
            "/image.png": lambda h: h._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
            "/slow": self._slow,
        }
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @staticmethod
    def _slow(handler) -> None:
        time.sleep(3)  # longer than the tests' timeout
        try:
            handler._send(200, b"<html><body><p>trop tard</p></body></html>", "text/html")
        except OSError:
            pass

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "WebServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens (the connection is refused)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
