"""A small threaded HTTP client: one keep-alive connection per thread, no third-party code.

Reads may be retried by the caller. A comment POST carries an Idempotency-Key and is sent again,
with the same key, until it gets a real answer: when the server died mid-request (or answered
503 during a database restart) nobody knows whether the comment was kept, and the key lets the
server say so instead of storing it twice, as a frontend would do. Only a post that never gets
an answer in MAX_ATTEMPTS is left "in doubt" for the database to decide afterwards.
"""

import http.client
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass

from benchmarks import vocabulary as words
from benchmarks.soak.stats import Ledger, Tally

USER_AGENT = "clinical-cms-soak/1"
MAX_ATTEMPTS = 120  # a POST without an answer is sent again this many times at most
RETRY_PAUSE = 0.5  # seconds between attempts (a killed server takes a few seconds to return)


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]
    seconds: float

    def json(self):
        return json.loads(self.body)


class Client:
    """One thread's connection to 127.0.0.1:`port`; reconnects after any socket error."""

    def __init__(self, port: int, tally: Tally, timeout: float = 30, window=None):
        self.port, self.tally, self.timeout = port, tally, timeout
        # `window()` names the fault under way, so each answer is counted against it.
        self.window = window
        self.connection: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def labelled(self, kind: str) -> str:
        """The kind, prefixed with the fault window current when the answer (or error) came."""
        return f"{self.window()}/{kind}" if self.window is not None else kind

    def request(self, kind: str, method: str, path: str, payload=None, extra_headers=None):
        """The answer, or None when none came (the error is counted in the tally)."""
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, self.timeout)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(extra_headers or {})}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.close()
            self.tally.failed(self.labelled(kind), type(error).__name__)
            return None
        seconds = time.monotonic() - started
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        answer = Answer(response.status, data, dict(response.getheaders()), seconds)
        self.tally.record(self.labelled(kind), response.status, seconds, is_json(answer))
        return answer


class CommentWriter:
    """Writes unique, plain, clinical-sounding comments and notes what became of each."""

    _sequence = itertools.count(1)
    _lock = threading.Lock()

    def __init__(self, run_id: str, ledger: Ledger, seed: int):
        self.run_id, self.ledger = run_id, ledger
        self.text = words.TextMaker(seed)

    def next_number(self) -> int:
        with self._lock:
            return next(self._sequence)

    def comment(self, article: int, token: str) -> dict:
        number = self.next_number()
        first = self.text.choice(words.FIRST_NAMES)
        body = (
            f"{self.text.choice(words.COMMENT_LINES)} {self.text.sentence()} "
            f"(note {number} of soak run {self.run_id})"
        )
        return {
            "article": article,
            "token": token,
            "name": f"{first} {self.text.choice(words.LAST_NAMES)}",
            "email": f"{first.lower()}.{self.run_id}.{number}@example.org",
            "affiliation": self.text.choice(words.PROFESSIONS),
            "country": self.text.choice(words.COUNTRIES),
            "body": body,
        }

    def post(self, client: Client, article: int) -> Answer | None:
        """Token, then the POST, sent again with its key until it is answered (not 503).
        Returns the last answer (None if none came)."""
        token = client.request("comment_token", "GET", f"/api/v2/comments/token/?article={article}")
        if token is None or token.status != 200:
            return None
        payload = self.comment(article, token.json()["token"])
        key = {"Idempotency-Key": str(uuid.uuid4())}
        for attempt in range(MAX_ATTEMPTS):
            kind = "comment_post" if attempt == 0 else "comment_retry"
            answer = client.request(kind, "POST", "/api/v2/comments/", payload, key)
            if answer is not None and answer.status != 503:
                break
            time.sleep(RETRY_PAUSE)
        if answer is None:
            self.ledger.unknown(payload["body"])
        elif answer.status == 201:
            self.ledger.created(payload["body"], answer.json()["id"])
        else:
            self.ledger.answered(answer.status, payload["body"])
        return answer


def is_json(answer: Answer | None) -> bool:
    if answer is None:
        return False
    try:
        answer.json()
    except ValueError:
        return False
    return answer.headers.get("Content-Type", "").startswith("application/json")
