"""What makes a soak run fail, and the summary printed at the end. Pure: dict in, text out.

Failures are correctness, never speed: a 5xx, a lost or duplicated comment, a database outage
answered with anything but a quick 503 JSON, an API that does not come back, publishing slowed
by a hanging webhook. Latency and throughput are reported for the record.
"""


def failures(results: dict) -> list[str]:
    found = []
    load = results.get("load")
    if load:
        if load["server_errors_5xx"]:
            found.append(f"load: {load['server_errors_5xx']} answers were 5xx")
        found.extend(_comment_failures("load", load["comments"]))
    faults = results.get("faults")
    if faults:
        # While the database restarts, a quick 503 JSON is the right answer; anything else is not.
        if faults["server_errors_not_503_json"]:
            found.append(
                f"faults: {faults['server_errors_not_503_json']} answers were 5xx other than a "
                f"503 JSON (5xx during kills {faults['server_errors_during_kills']}, during the "
                f"PostgreSQL restart {faults['server_errors_during_pg_restart']})"
            )
        found.extend(_comment_failures("faults", faults["comments"]))
    outage = results.get("unreachable")
    if outage:
        for name, probe in outage["probes"].items():
            if not (probe["status"] == 503 and probe["json"] and probe["quick"]):
                found.append(
                    f"database unreachable: {name} answered {probe['status']} in "
                    f"{probe['seconds']} s (JSON: {probe['json']}); wanted a 503 JSON "
                    f"within {outage['quick_limit_s']} s"
                )
        hang = outage.get("hanging")
        if hang and not hang["passed"]:
            found.append(
                f"database hanging: articles answered {hang['status']} in {hang['seconds']} s "
                f"(JSON: {hang['json']}); wanted a 503 JSON within {outage['quick_limit_s']} s"
            )
        if not outage["recovered"]:
            found.append("database back: the API did not answer 200 again")
    webhook = results.get("webhook")
    if webhook and not webhook["passed"]:
        if not webhook.get("control_waited_for_endpoint", True):
            found.append(
                "webhook: the control (immediate delivery) did not wait on the hanging endpoint, "
                "so the endpoint was never called and the check proves nothing"
            )
        else:
            found.append(
                f"webhook: publishing took {webhook['median_ms_with_hanging_endpoint']} ms with "
                f"a hanging endpoint against {webhook['median_ms_without_endpoint']} ms without"
            )
    return found


def _comment_failures(phase: str, comments: dict) -> list[str]:
    found = []
    if comments["lost"]:
        found.append(f"{phase}: {comments['lost']} acknowledged comments are not in the database")
    if comments["duplicated"]:
        found.append(f"{phase}: {comments['duplicated']} comments are stored more than once")
    return found


def summary(results: dict) -> str:
    lines = [f"Soak run {results['run_id']} ({results['mode']}), {results['elapsed_s']} s"]
    load = results.get("load")
    if load:
        c = load["comments"]
        lines += [
            f"Load: {load['concurrency']} clients for {load['seconds']} s, {load['gunicorn']}",
            f"  requests sent {load['requests_sent']}, held {load['requests_held']}, "
            f"5xx {load['server_errors_5xx']}, connection errors "
            f"{sum(load['connection_errors'].values())}, {load['rps']} req/s",
            f"  latency p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms, p99 {load['p99_ms']} ms",
            f"  comments 201 {c['acknowledged_201']}, found {c['found']}, lost {c['lost']}, "
            f"duplicated {c['duplicated']}",
        ]
    faults = results.get("faults")
    if faults:
        c = faults["comments"]
        lines += [
            f"Faults: {faults['writers']} writers, {faults['kills_done']} kill -9 of gunicorn, "
            f"{faults['pg_restarts']} PostgreSQL restart ({faults['pg_down_seconds']} s down)",
            f"  answers by status {faults['by_status']}, connection errors "
            f"{sum(faults['connection_errors'].values())}",
            f"  5xx: during kills {faults['server_errors_during_kills']}, during the PostgreSQL "
            f"restart {faults['server_errors_during_pg_restart']}, in all "
            f"{faults['server_errors_5xx']}, of which not a 503 JSON "
            f"{faults['server_errors_not_503_json']}",
            f"  comments 201 {c['acknowledged_201']}, found {c['found']}, lost {c['lost']}, "
            f"duplicated {c['duplicated']}; in doubt {c['in_doubt']} (kept {c['in_doubt_kept']}); "
            f"refused {sum(c['refused_by_status'].values())} (kept {c['refused_but_stored']})",
        ]
    outage = results.get("unreachable")
    if outage:
        lines.append("Database unreachable:")
        for name, probe in outage["probes"].items():
            lines.append(
                f"  {name}: {probe['status']} in {probe['seconds']} s, JSON {probe['json']}"
            )
        lines.append(f"  recovered (200) {outage['recovered_after_s']} s after it came back")
        hang = outage.get("hanging")
        if hang:
            lines.append(
                f"  database that never answers: {hang['status']} in {hang['seconds']} s "
                f"(connect timeout {hang['connect_timeout_s']} s)"
            )
    webhook = results.get("webhook")
    if webhook:
        control = webhook["control_immediate_backend"]["publish_ms_with_hanging_endpoint"]
        lines.append(
            f"Webhook that hangs: publish median {webhook['median_ms_with_hanging_endpoint']} ms "
            f"(without an endpoint {webhook['median_ms_without_endpoint']} ms; control with the "
            f"immediate backend {control[0]} ms)"
        )
    return "\n".join(lines)
