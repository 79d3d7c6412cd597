"""The soak run's bookkeeping, free of sockets and databases so it can be unit-tested.

A `Tally` collects what clients saw (status per request, latency, connection errors) from many
threads; `check_comments` compares the comments the server acknowledged with what the database
holds afterwards. A connection error is not a failure in itself: while the server is being
killed, a client that loses its connection simply does not know whether its comment was kept,
and the database is then the judge (at most one copy). A 5xx always is a failure.
"""

import math
import threading
from collections import Counter
from dataclasses import dataclass, field


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (`share` in 0..100): a latency some request really had."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class Tally:
    """Responses by status and latencies in ms; safe to share between client threads."""

    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)
    by_kind: Counter = field(default_factory=Counter)
    by_kind_status: Counter = field(default_factory=Counter)  # "comment_post 201": n
    # 5xx other than a 503 with a JSON body: the answers no outage excuses (a 500, a stack trace)
    broken: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, kind: str, status: int, seconds: float, is_json: bool = True) -> None:
        with self._lock:
            if status >= 500 and not (status == 503 and is_json):
                self.broken += 1
            self.statuses[status] += 1
            self.by_kind[kind] += 1
            self.by_kind_status[f"{kind} {status}"] += 1
            self.latencies_ms.append(seconds * 1000)

    def failed(self, kind: str, error: str) -> None:
        """A request that got no HTTP answer at all (refused, reset, timed out)."""
        with self._lock:
            self.errors[error] += 1
            self.by_kind[kind] += 1
            self.by_kind_status[f"{kind} {error}"] += 1

    @property
    def answered(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    @property
    def held(self) -> int:
        """Requests served without error: an answer below 500 and not a refusal we caused."""
        return sum(count for status, count in self.statuses.items() if status < 500)

    def server_errors_of(self, prefix: str) -> int:
        """5xx answers to requests whose kind starts with `prefix` (e.g. a fault window)."""
        return sum(
            count
            for key, count in self.by_kind_status.items()
            if key.startswith(prefix) and key.rsplit(" ", 1)[1].startswith("5")
        )

    def summary(self, seconds: float) -> dict:
        latencies = self.latencies_ms
        return {
            "requests_sent": self.answered + sum(self.errors.values()),
            "requests_held": self.held,
            "by_status": {str(status): n for status, n in sorted(self.statuses.items())},
            "by_kind": dict(sorted(self.by_kind.items())),
            "by_kind_status": dict(sorted(self.by_kind_status.items())),
            "connection_errors": dict(sorted(self.errors.items())),
            "server_errors_5xx": self.server_errors,
            "server_errors_not_503_json": self.broken,
            "p50_ms": _round(percentile(latencies, 50)),
            "p95_ms": _round(percentile(latencies, 95)),
            "p99_ms": _round(percentile(latencies, 99)),
            "max_ms": _round(max(latencies) if latencies else None),
            "rps": round(self.answered / seconds, 1) if seconds else 0.0,
            "seconds": round(seconds, 1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


@dataclass
class Ledger:
    """The comments a client posted: acknowledged (201, with the id given) or in doubt."""

    acknowledged: dict[str, int] = field(default_factory=dict)  # body -> id in the 201
    in_doubt: set[str] = field(default_factory=set)  # POST sent, no answer read
    refused: Counter = field(default_factory=Counter)  # non-201 answers by status
    refused_bodies: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def created(self, body: str, comment_id: int) -> None:
        with self._lock:
            self.acknowledged[body] = comment_id

    def unknown(self, body: str) -> None:
        with self._lock:
            self.in_doubt.add(body)

    def answered(self, status: int, body: str = "") -> None:
        with self._lock:
            self.refused[status] += 1
            self.refused_bodies.add(body)


def check_comments(ledger: Ledger, stored: list[tuple[int, str]]) -> dict:
    """Compare the ledger with the (id, body) rows the database holds for this run.

    Lost: a 201 whose body is not stored, or stored under another id. Duplicated: any body
    stored more than once, whatever the client saw. Unacknowledged posts that were kept
    anyway (the server died between commit and answer) are counted but are not errors; so are
    refused posts that were kept, though those deserve a look (a retry would duplicate them).
    """
    ids_by_body: dict[str, list[int]] = {}
    for comment_id, body in stored:
        ids_by_body.setdefault(body, []).append(comment_id)
    lost = sorted(
        body
        for body, comment_id in ledger.acknowledged.items()
        if comment_id not in ids_by_body.get(body, [])
    )
    duplicated = sorted(body for body, ids in ids_by_body.items() if len(ids) > 1)
    kept_in_doubt = sum(1 for body in ledger.in_doubt if body in ids_by_body)
    # Refused yet stored: a reader told to try again would post it twice.
    refused_kept = sum(1 for body in ledger.refused_bodies if body in ids_by_body)
    return {
        "acknowledged_201": len(ledger.acknowledged),
        "found": len(ledger.acknowledged) - len(lost),
        "lost": len(lost),
        "duplicated": len(duplicated),
        "in_doubt": len(ledger.in_doubt),
        "in_doubt_kept": kept_in_doubt,
        "stored_total": len(stored),
        "refused_by_status": {str(k): v for k, v in sorted(ledger.refused.items())},
        "refused_but_stored": refused_kept,
        "examples_lost": lost[:3],
        "examples_duplicated": duplicated[:3],
    }
