"""Real HTTP servers on 127.0.0.1 that stand in for the publisher's frontend during a test.

A webhook receiver that keeps every request exactly as it arrived (the signature covers the raw
body), and a minimal preview frontend that does what a real one does with the admin's Preview:
trade the token in its URL for the draft at the content API and render the draft's title.
"""

import html
import json
import queue
import threading
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class _Quiet(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def serve(handler_class):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def webhook_receiver():
    """Yields (url, queue of Received); every POST is answered 204."""
    inbox: queue.Queue[Received] = queue.Queue()

    class Handler(_Quiet):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            inbox.put(Received(self.path, dict(self.headers.items()), self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

    with serve(Handler) as (_, url):
        yield f"{url}/hooks/cms", inbox


@contextmanager
def preview_frontend(cms_url: str):
    """Yields (origin, list of the preview queries it was asked for)."""
    asked: list[dict] = []

    class Handler(_Quiet):
        def do_GET(self):
            parts = urlsplit(self.path)
            if parts.path != "/preview":
                self.send_error(404)
                return
            asked.append({key: values[0] for key, values in parse_qs(parts.query).items()})
            api = f"{cms_url}/api/v2/preview/?{parts.query}"
            try:
                with urllib.request.urlopen(api, timeout=30) as response:
                    title = json.load(response)["page"]["title"]
                status, page = 200, f"<h1>{html.escape(title)}</h1>"
            except Exception as error:
                status, page = 502, f"<p>Preview failed: {html.escape(str(error))}</p>"
            content = f"<!doctype html><title>Preview</title>{page}".encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

    with serve(Handler) as (_, url):
        yield url, asked


def preview_api_url(cms_url: str, query: dict) -> str:
    """The API call a frontend makes with the content type and token from its preview URL."""
    params = {"content_type": query["content_type"], "token": query["token"]}
    return f"{cms_url}/api/v2/preview/?{urlencode(params)}"
