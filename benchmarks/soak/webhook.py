"""A webhook endpoint that hangs must never slow publishing.

The harness runs a TCP server that accepts every connection and never reads or answers (the
worst receiver: not refused, not an error, just silence), registers it as an endpoint, and
times publishing with and without it (benchmarks.soak.publish_probe). The same probe under the
immediate task backend is the control: there publishing waits WEBHOOK_TIMEOUT, proving the
endpoint hangs and that the database queue is what keeps publishing fast.
"""

import json
import statistics
import subprocess

from benchmarks.load import ROOT
from benchmarks.soak.server import SilentServer
from benchmarks.soak.site import PY

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
CONTROL_TIMEOUT_S = 2


def slower_by_limit_ms(queued: dict) -> float:
    """How much slower publishing may be with the hanging endpoint, at the median.

    Waiting on the endpoint would cost a publish the whole WEBHOOK_TIMEOUT (5 s); half of it
    absorbs a busy machine's noise (publishes vary by hundreds of ms) and still catches a wait.
    """
    return queued["webhook_timeout_s"] * 1000 / 2


def probe(env: dict, url: str, count: int, **extra: str) -> dict:
    output = subprocess.run(  # noqa: S603 -- our own argv, no shell
        [PY, "-m", "benchmarks.soak.publish_probe", url, str(count)],
        cwd=ROOT,
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def run(env: dict, count: int) -> dict:
    # The receiver is on loopback, which production refuses to deliver to (no requests into the
    # private network): allowed here, or the hanging endpoint would never be called at all.
    env = {**env, "WEBHOOK_ALLOW_PRIVATE_ADDRESSES": "1"}
    with SilentServer() as silent:
        url = f"http://127.0.0.1:{silent.port}/revalidate"
        queued = probe(env, url, count)
        control = probe(
            env, url, 1, WEBHOOK_TASK_BACKEND=IMMEDIATE, WEBHOOK_TIMEOUT=str(CONTROL_TIMEOUT_S)
        )
        connections = len(silent.held)
    without = statistics.median(queued["publish_ms_without_endpoint"])
    hanging = statistics.median(queued["publish_ms_with_hanging_endpoint"])
    # The control must really wait on the endpoint, or the check above proves nothing.
    control_waited = min(control["publish_ms_with_hanging_endpoint"]) >= CONTROL_TIMEOUT_S * 900
    return {
        "queued": queued,
        "control_immediate_backend": control,
        "median_ms_without_endpoint": without,
        "median_ms_with_hanging_endpoint": hanging,
        "max_ms_with_hanging_endpoint": max(queued["publish_ms_with_hanging_endpoint"]),
        "connections_to_hanging_endpoint": connections,
        "control_waited_for_endpoint": control_waited,
        "slower_by_limit_ms": slower_by_limit_ms(queued),
        "passed": hanging - without < slower_by_limit_ms(queued)
        and queued["deliveries_recorded"] == count
        and control_waited,
    }
