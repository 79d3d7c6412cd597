"""`make soak`: load, then faults, on PostgreSQL. See benchmarks/README.md, "Soak".

Environment (or the matching --options): SOAK_SHORT (1: the CI version, a few minutes),
SOAK_ARTICLES (site size), SOAK_SECONDS (load duration), SOAK_CONCURRENCY (32), SOAK_KILLS (20),
SOAK_WRITERS (100), SOAK_PHASES (comma separated: load,faults,unreachable,webhook),
DATABASE_URL (the PostgreSQL server for the load database; 127.0.0.1:5432 by default).
Exit status 1 on any failure listed in benchmarks.soak.verdict.
"""

import argparse
import json
import os
import secrets
import sys
import time

from benchmarks import database
from benchmarks.load import ROOT
from benchmarks.soak import faults, load_phase, outage, site, verdict, webhook
from benchmarks.soak.cluster import PrivateCluster
from benchmarks.soak.server import SERVER_LOG, ServerGroup
from benchmarks.soak.stats import check_comments

RESULTS = ROOT / "benchmarks" / "soak-results.json"
PHASES = ("load", "faults", "unreachable", "webhook")
FULL = {"articles": 1000, "seconds": 60, "kills": 20, "publishes": 5}
SHORT = {"articles": 200, "seconds": 15, "kills": 4, "publishes": 3}


def options(argv: list[str]) -> argparse.Namespace:
    short = os.environ.get("SOAK_SHORT", "") not in ("", "0") or "--short" in argv
    base = SHORT if short else FULL

    def env(name: str, default):
        return type(default)(os.environ.get(f"SOAK_{name.upper()}") or default)

    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak")
    parser.add_argument("--short", action="store_true", default=short)
    for name in ("articles", "seconds", "kills", "publishes"):
        parser.add_argument(f"--{name}", type=int, default=env(name, base[name]))
    parser.add_argument("--concurrency", type=int, default=env("concurrency", 32))
    parser.add_argument("--writers", type=int, default=env("writers", 100))
    parser.add_argument("--phases", default=env("phases", ",".join(PHASES)))
    args = parser.parse_args(argv)
    args.phases = [phase.strip() for phase in args.phases.split(",") if phase.strip()]
    unknown = set(args.phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    return args


def fault_phases(args, results: dict, load_url: str, article: int, run_id: str) -> None:
    """Faults and the outage on a private cluster holding a copy of the load database."""
    with PrivateCluster() as cluster:
        cluster.load_dump(site.dump(load_url, cluster.root / "soak.dump"))
        env = site.soak_env(cluster.url, args.articles)
        server = ServerGroup(env, workers=4, threads=25)
        server.start()
        try:
            if "faults" in args.phases:
                print(f"== faults: {args.writers} writers, {args.kills} kills", flush=True)
                run = faults.FaultRun(
                    cluster, article, run_id, kills=args.kills, writers=args.writers
                )
                results["faults"] = run.run(server)
                stored = site.run_comments(cluster.url, run_id)
                results["faults"]["comments"] = check_comments(run.ledger, stored)
            if "unreachable" in args.phases:
                print("== database unreachable", flush=True)
                results["unreachable"] = outage.unreachable(server, cluster, article)
        finally:
            server.stop()
    if "unreachable" in args.phases:
        print("== database that never answers", flush=True)
        results["unreachable"]["hanging"] = outage.hanging(env)


def main(argv: list[str]) -> int:
    args = options(argv)
    run_id = secrets.token_hex(3)
    started = time.monotonic()
    results = {"run_id": run_id, "mode": "short" if args.short else "full", "settings": vars(args)}
    url = site.load_database_url()
    SERVER_LOG.unlink(missing_ok=True)  # this run's server messages only
    print(f"== building the site: {args.articles} articles in {url}", flush=True)
    fixtures = site.build(url, args.articles)
    env = site.soak_env(url, args.articles)
    try:
        if "load" in args.phases:
            print(f"== load: {args.concurrency} clients for {args.seconds} s", flush=True)
            results["load"] = load_phase.run(
                env,
                fixtures,
                run_id,
                seconds=args.seconds,
                concurrency=args.concurrency,
                comments=lambda rid: site.run_comments(url, rid),
            )
        if {"faults", "unreachable"} & set(args.phases):
            fault_phases(args, results, url, fixtures["commented_article"], run_id)
        if "webhook" in args.phases:
            print("== webhook endpoint that hangs", flush=True)
            results["webhook"] = webhook.run(env, args.publishes)
    finally:
        site.drop(url)
    results["elapsed_s"] = round(time.monotonic() - started)
    results["failures"] = verdict.failures(results)
    target = RESULTS if not args.short else database.DATA_DIR / "soak-short-results.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n")
    print(verdict.summary(results))
    print(f"Results written to {target.relative_to(ROOT)}")
    if results["failures"]:
        print("FAILED:\n  " + "\n  ".join(results["failures"]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
