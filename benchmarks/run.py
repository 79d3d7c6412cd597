"""`make bench`: build or reuse the bench site, serve it, load every case, write the results.

Environment: BENCH_ARTICLES (10000), BENCH_SIZES (comma separated sizes, default just
BENCH_ARTICLES), BENCH_DURATION (seconds per case, 10), BENCH_CONNECTIONS (4),
BENCH_SLOW_TIMEOUT (seconds a stock single-shot request may take, 20), BENCH_SMOKE (1: a few
cases, results under benchmarks/.data/ only), DATABASE_URL (a PostgreSQL server: the site is
built in its own database bench_<N> there).

Per size, the server is started twice on the same data: once with the response cache off
(ours uncached, stock Wagtail API v2, raw bytes) and once with it on (ours cached, warmed
first). Exit status is non-zero when any request of any case failed (status 4xx/5xx or a
socket error), never because of speed.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import database, report
from benchmarks.cases import Case, build_cases
from benchmarks.load import ROOT, Server, ensure_wrk

PY = str(ROOT / ".venv" / "bin" / "python")


def setting(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def bench_env(articles: int, **extra) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.bench"}
    env.update(BENCH_ARTICLES=str(articles), PYTHONUNBUFFERED="1", **extra)
    env.pop("BENCH_DATABASE_URL", None)
    return env


def prepare_site(articles: int) -> dict:
    env = bench_env(articles)
    subprocess.run([PY, "manage.py", "bench_build_site"], cwd=ROOT, env=env, check=True)  # noqa: S603 -- our own argv, no shell
    fixtures = subprocess.run(  # noqa: S603 -- our own argv, no shell
        [PY, "-m", "benchmarks.fixtures"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return json.loads(fixtures.stdout)


class Bench:
    def __init__(self, wrk: str, smoke: bool):
        self.wrk, self.smoke = wrk, smoke
        self.duration = setting("BENCH_DURATION", 2 if smoke else 10)
        self.connections = setting("BENCH_CONNECTIONS", 4)
        self.slow_timeout = setting("BENCH_SLOW_TIMEOUT", 20)
        self.failures: list[str] = []

    def measure(self, server: Server, path: str, label: str) -> dict:
        probe = server.probe(path)
        for _ in range(3):  # warm each worker's caches for this request
            server.probe(path)
        if not 200 <= probe.status < 400:
            self.failures.append(f"{label}: HTTP {probe.status} for {path}")
        result = server.load(self.wrk, path, self.duration, self.connections)
        if result["requests"] < 3:  # slower than the duration allows: time one request instead
            ms = round(probe.seconds * 1000, 1)
            result.update(rps=round(1 / probe.seconds, 2), single_ms=ms, p50_ms=ms)
        result.update(status=probe.status, queries=probe.queries, bytes=probe.size)
        if probe.cache:
            result["x_cache"] = server.probe(path).cache
        if result["errors"]:
            self.failures.append(f"{label}: wrk errors {result['errors']} for {path}")
        print(f"  {label:<40} {result['rps']:>8} req/s  p50 {result['p50_ms']} ms", flush=True)
        return result

    def single(self, server: Server, path: str, label: str) -> dict:
        """One request with a timeout, for stock requests too slow to put under load."""
        probe = server.probe(path, timeout=self.slow_timeout)
        if probe.timed_out:
            print(f"  {label:<40} timeout > {self.slow_timeout} s", flush=True)
            return {"timeout_s": self.slow_timeout, "rps": None}
        if not 200 <= probe.status < 400:
            self.failures.append(f"{label}: HTTP {probe.status} for {path}")
        ms = round(probe.seconds * 1000, 1)
        print(f"  {label:<40} single request {ms} ms", flush=True)
        rps = round(1 / probe.seconds, 2) if probe.seconds else None
        return {"single_ms": ms, "rps": rps, "p50_ms": ms, "queries": probe.queries}

    def stock(self, server: Server, case: Case) -> dict | None:
        if not case.stock:
            return None
        label = f"stock {case.name}"
        if case.stock_slow:
            return self.single(server, case.stock[0], label)
        steps = [self.measure(server, path, f"{label} [{n}]") for n, path in enumerate(case.stock)]
        return report.combine(steps)

    def run_size(self, articles: int) -> dict:
        print(f"== {articles} articles on {database.engine_name()}", flush=True)
        load_before = [round(value, 1) for value in os.getloadavg()]
        cases = build_cases(prepare_site(articles))
        if self.smoke:
            cases = [case for case in cases if case.smoke]
        results = {case.name: {"title": case.title, "path": case.ours} for case in cases}
        # Generous, so a slow stock case under load is measured, not killed; the single-shot
        # stock searches are bounded by the client's timeout and run last.
        timeout = max(120, self.slow_timeout + 10)
        with Server(bench_env(articles, API_RESPONSE_CACHE="0"), timeout=timeout) as server:
            raw = self.measure(server, "/bench/raw/", "raw bytes")
            for case in cases:
                results[case.name]["ours"] = self.measure(server, case.ours, f"ours {case.name}")
            for case in cases:
                if not case.stock_slow:
                    results[case.name]["stock"] = self.stock(server, case)
            for case in cases:  # last: a stock request killed by the timeout costs a worker
                if case.stock_slow and not self.smoke:
                    results[case.name]["stock"] = self.stock(server, case)
            memory = {"uncached": server.worker_rss_mib()}
        with Server(bench_env(articles, API_RESPONSE_CACHE="1"), timeout=timeout) as server:
            # Raw again on this server: cached/raw compares two rates taken minutes apart at
            # most, on a machine whose load may change between the phases.
            raw_cached_phase = self.measure(server, "/bench/raw/", "raw bytes (cached phase)")
            for case in cases:
                label = f"ours cached {case.name}"
                results[case.name]["cached"] = self.measure(server, case.ours, label)
            memory["cached"] = server.worker_rss_mib()
        return {
            "articles": articles,
            "raw": raw,
            "raw_cached_phase": raw_cached_phase,
            "cases": results,
            "worker_rss_mib": memory,
            "load_average_before": load_before,
            "load_average_after": [round(value, 1) for value in os.getloadavg()],
        }


def main() -> int:
    smoke = os.environ.get("BENCH_SMOKE", "") not in ("", "0")
    default = database.articles_from_env()
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", str(default)).split(",") if s.strip()]
    bench = Bench(ensure_wrk(), smoke)
    started = time.monotonic()
    runs = [bench.run_size(size) for size in sizes]
    results = report.assemble(runs, bench, database.engine_name(), database.server_url())
    results["elapsed_s"] = round(time.monotonic() - started)
    target = database.DATA_DIR / "smoke-results.json" if smoke else report.RESULTS
    report.write(results, target, readme=not smoke)
    print(report.markdown(results))
    if bench.failures:
        print("FAILED requests:\n  " + "\n  ".join(bench.failures), file=sys.stderr)
        return 1
    print(f"Results written to {Path(target).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
