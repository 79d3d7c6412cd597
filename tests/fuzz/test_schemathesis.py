"""Generated requests against every operation of /api/schema/, with every schemathesis check:
never a 5xx, every answer (status, content type, headers, body) one the schema documents, what
the schema allows accepted and what it forbids refused, undocumented methods a 405 with `Allow`.

The CI size runs with the suite; `make fuzz` (FUZZ_SIZE=full) sends at least 5,000 requests and
writes benchmarks/fuzz-results.json.
"""

import json
import os
from pathlib import Path

import pytest

from tests.fuzz.driver import fuzz_api

pytestmark = pytest.mark.django_db

FULL = os.environ.get("FUZZ_SIZE") == "full"
EXAMPLES_PER_OPERATION = 110 if FULL else 20
MINIMUM_REQUESTS = 5_000 if FULL else 1_000
RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz-results.json"


def test_generated_requests_never_fail_and_match_the_schema(fuzz_site, report_figure):
    summary = fuzz_api(EXAMPLES_PER_OPERATION)
    for line in summary.report().splitlines():
        report_figure(line)
    if dump := os.environ.get("FUZZ_FAILURES"):  # every failure in full, for whoever fixes them
        Path(dump).write_text("\n\n".join(summary.failures) + "\n")
    if FULL:
        RESULTS.write_text(json.dumps(summary.as_dict(), indent=2) + "\n")
    assert summary.server_errors == 0, summary.failures[:5]
    assert not summary.failures, "\n\n".join(summary.failures[:10])
    assert summary.requests >= MINIMUM_REQUESTS
