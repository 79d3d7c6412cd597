"""Drives schemathesis over every operation of /api/schema/, in process, and tallies what came
back. Used by the CI-sized test and by `make fuzz` (the full run `make soak` calls).

Every check schemathesis has is run (`--checks all`), not only "no server error": statuses,
content types, headers and bodies as documented, schema-valid requests accepted and invalid
ones refused, required parameters required, undocumented methods answered 405 with `Allow`.
Two phases, as `st run` has them: coverage (the schema's boundaries, missing required
parameters, undocumented methods; deterministic) and fuzzing (hypothesis, a fixed seed).

Failures are collected rather than raised, so one run reports every non-conforming operation
and the request count is the real number sent, not where the first failure stopped it.
"""

import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.generation.drivers import CoverageGenerator
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.overrides import Override

SCHEMA_URL = "/api/schema/?format=json"
# Schema-invalid input is sent too: its answers must conform just the same (a documented 4xx).
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)


@dataclass
class FuzzSummary:
    requests: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_operation: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.by_status.items() if status >= 500)

    def as_dict(self) -> dict:
        return {
            "database": connection.vendor,
            "requests": self.requests,
            "server_errors": self.server_errors,
            "by_status": {str(k): v for k, v in sorted(self.by_status.items())},
            "by_operation": dict(sorted(self.by_operation.items())),
            "failures": self.failures,
        }

    def report(self) -> str:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(self.by_status.items()))
        return (
            f"schemathesis sent {self.requests} requests over {len(self.by_operation)} "
            f"operations; by status {statuses}; {len(self.failures)} failing checks"
        )


def load_schema():
    return schemathesis.openapi.from_wsgi(SCHEMA_URL, get_wsgi_application())


def _send(case, label: str, phase: str, summary: FuzzSummary) -> None:
    response = case.call()
    summary.requests += 1
    summary.by_status[response.status_code] += 1
    summary.by_operation[label] += 1
    try:
        case.validate_response(response)  # no `checks`: every check schemathesis has
    except (AssertionError, BaseExceptionGroup) as exc:  # check failures, one or many
        summary.failures.append(f"{label} [{phase}]: {exc}\n{case.as_curl_command()}")


def _cover(operation, summary: FuzzSummary) -> None:
    """The coverage phase: boundary values, each required parameter left out, each
    undocumented method, in positive and negative modes."""
    label = f"{operation.method.upper()} {operation.path}"
    generation = operation.schema.config.generation_for(operation=operation, phase="coverage")
    cases = CoverageGenerator(
        operation=operation,
        generation_modes=list(MODES),
        generation_config=generation,
        auth_storage=None,
        override=Override(),
        feedback=FeedbackSources(),
    )
    for case in cases:
        _send(case, label, "coverage", summary)


def _exercise(operation, mode, examples: int, summary: FuzzSummary) -> None:
    label = f"{operation.method.upper()} {operation.path}"

    # derandomize: the same cases on every run and every machine (a fixed seed).
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case):
        _send(case, label, mode.value, summary)

    try:
        send()
    except Unsatisfiable:
        # No schema-invalid request exists for an operation without parameters (site/).
        if mode is not GenerationMode.NEGATIVE:
            raise


@contextmanager
def connections_kept_open():
    """In process, the app shares the test's database connection (and its transaction), so it
    must not close it after each request, just as Django's own test client arranges."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def fuzz_api(examples_per_operation: int) -> FuzzSummary:
    """Coverage cases, then positive and negative generated cases for every operation;
    `examples_per_operation` per mode."""
    summary = FuzzSummary()
    with connections_kept_open():
        schema = load_schema()  # sets Django up, which configures logging: quieten it after
        # Thousands of expected 4xx would bury the log; 5xx are still logged (at ERROR).
        logging.getLogger("django.request").setLevel(logging.ERROR)
        for result in schema.get_all_operations():
            operation = result.ok()
            _cover(operation, summary)
            for mode in MODES:
                _exercise(operation, mode, examples_per_operation, summary)
    return summary
