"""Results: ratios and targets, benchmarks/results.json, and the table in benchmarks/README.md.

results.json keeps one entry per database engine, so a SQLite run and a PostgreSQL run sit side
by side; each run rewrites only its own engine's entry and README section.
"""

import json
import os
import platform
import sqlite3
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
START, END = "<!-- bench-results:{}:start -->", "<!-- bench-results:{}:end -->"

# (case, ours/stock at least) for uncached requests, from the targets.
RATIO_TARGETS = [("list20", 5), ("list100", 10), ("detail", 3), ("search_rare", 20)]
COMMON_P50_MS = 100
CACHED_SHARE_OF_RAW = 0.5


def combine(steps: list[dict]) -> dict:
    """A two-request task: its rate is that of doing both, its latency the sum."""
    if len(steps) == 1:
        return steps[0]
    rates = [step["rps"] for step in steps]
    combined = {
        "rps": round(1 / sum(1 / r for r in rates), 1) if all(rates) else 0.0,
        "queries": sum(step.get("queries") or 0 for step in steps),
        "steps": steps,
    }
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        combined[key] = round(sum(step[key] for step in steps), 1)
    return combined


def _ratio(a, b):
    if not a or not b:
        return None
    return round(a / b, 1) if a >= b else round(a / b, 3)


def machine() -> dict:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "django": version("Django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
    }


def database_version(engine: str, url: str) -> str:
    if engine == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    import psycopg

    with psycopg.connect(url) as connection:
        return "PostgreSQL " + connection.execute("SHOW server_version").fetchone()[0]


def add_ratios(run: dict) -> None:
    raw = run["raw"]["rps"]
    raw_cached_phase = run.get("raw_cached_phase", run["raw"])["rps"]
    for case in run["cases"].values():
        ours, stock, cached = case.get("ours", {}), case.get("stock"), case.get("cached", {})
        case["ours_over_stock"] = _ratio(ours.get("rps"), stock and stock.get("rps"))
        case["ours_over_raw"] = _ratio(ours.get("rps"), raw)
        case["cached_over_raw"] = _ratio(cached.get("rps"), raw_cached_phase)


def targets(run: dict) -> list[dict]:
    cases, checks = run["cases"], []
    for name, least in RATIO_TARGETS:
        if name in cases:
            got = cases[name]["ours_over_stock"]
            stock = cases[name].get("stock") or {}
            if got is None and stock.get("timeout_s"):
                got = "stock timed out"
            met = isinstance(got, str) or (got is not None and got >= least)
            checks.append({"target": f"{name} uncached >= {least}x stock", "got": got, "met": met})
    if "search_common" in cases:
        p50 = cases["search_common"]["ours"]["p50_ms"]
        checks.append(
            {
                "target": f"common-word search p50 <= {COMMON_P50_MS} ms",
                "got": p50,
                "met": p50 <= COMMON_P50_MS,
            }
        )
    shares = {name: case["cached_over_raw"] for name, case in cases.items()}
    worst = min(shares.items(), key=lambda item: item[1] or 0)
    checks.append(
        {
            "target": f"cached >= {CACHED_SHARE_OF_RAW:.0%} of raw req/s (worst case)",
            "got": f"{worst[0]}: {worst[1]}",
            "met": (worst[1] or 0) >= CACHED_SHARE_OF_RAW,
        }
    )
    return checks


def assemble(runs: list[dict], bench, engine: str, url: str) -> dict:
    for run in runs:
        add_ratios(run)
        run["targets"] = targets(run)
    from benchmarks import database

    return {
        "engine": engine,
        "database": database_version(engine, database.bench_database_url(runs[0]["articles"])),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load": {
            "duration_s": bench.duration,
            "connections": bench.connections,
            "server": "gunicorn, 2 sync workers, 127.0.0.1",
            "client": "wrk, 2 threads",
        },
        "runs": runs,
    }


def _cell(result: dict | None, key: str = "rps") -> str:
    if not result:
        return "n/a"
    if result.get("timeout_s"):
        return f"timeout > {result['timeout_s']} s"
    value = result.get(key)
    return "n/a" if value is None else f"{value:,}"


def _na(value) -> str:
    return "n/a" if value is None else str(value)


def _latency(result: dict | None) -> str:
    if not result or result.get("timeout_s"):
        return "n/a"
    if "single_ms" in result:
        return f"{result['single_ms']:,} (1 request)"
    return f"{result['p50_ms']} / {result['p95_ms']} / {result['p99_ms']}"


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"### {results['engine']} ({results['database']}), {results['date']}",
        "",
        f"{m['cpus']} CPUs ({m['cpu_model']}), Python {m['python']}, Django {m['django']}, "
        f"Wagtail {m['wagtail']}, gunicorn {m['gunicorn']}; {results['load']['server']}; "
        f"{results['load']['client']}, {results['load']['connections']} connections, "
        f"{results['load']['duration_s']} s per case.",
    ]
    for run in results["runs"]:
        raw, rss = run["raw"], run["worker_rss_mib"]
        lines += [
            "",
            f"**{run['articles']:,} articles.** Raw bytes view: {raw['rps']:,} req/s "
            f"(p50 {raw['p50_ms']} ms) with the cache off, "
            f"{run['raw_cached_phase']['rps']:,} req/s on the cached server. "
            f"Worker RSS (MiB): uncached {rss['uncached']}, cached {rss['cached']}. "
            f"Load average (1/5/15 min) before {run['load_average_before']}, "
            f"after {run['load_average_after']}.",
            "",
            "| case | ours req/s | ours p50/p95/p99 ms | ours SQL | stock req/s "
            "| stock p50/p95/p99 ms | stock SQL | ours/stock | ours/raw | cached req/s "
            "| cached/raw |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for case in run["cases"].values():
            ours, stock, cached = case.get("ours"), case.get("stock"), case.get("cached")
            lines.append(
                f"| {case['title']} | {_cell(ours)} | {_latency(ours)} | {_cell(ours, 'queries')} "
                f"| {_cell(stock)} | {_latency(stock)} | {_cell(stock, 'queries')} "
                f"| {_na(case['ours_over_stock'])} | {_na(case['ours_over_raw'])} "
                f"| {_cell(cached)} | {_na(case['cached_over_raw'])} |"
            )
        lines += ["", "| target | got | met |", "|---|---|---|"]
        for check in run["targets"]:
            lines.append(
                f"| {check['target']} | {check['got']} | {'yes' if check['met'] else 'NO'} |"
            )
    return "\n".join(lines)


def write(results: dict, target: Path, *, readme: bool) -> None:
    stored = json.loads(target.read_text()) if target.exists() else {}
    stored[results["engine"]] = results
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(stored, indent=2) + "\n")
    if readme and README.exists():
        text = README.read_text()
        start, end = START.format(results["engine"]), END.format(results["engine"])
        if start in text and end in text:
            head, rest = text.split(start, 1)
            tail = rest.split(end, 1)[1]
            text = f"{head}{start}\n{markdown(results)}\n{end}{tail}"
            README.write_text(text)
