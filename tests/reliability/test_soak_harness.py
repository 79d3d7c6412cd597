"""The soak harness's own arithmetic (benchmarks/soak): if it miscounts, a run that lost
comments or answered 500s could pass. No server and no database here."""

import threading

import pytest

from benchmarks.soak import verdict
from benchmarks.soak.client import Answer, CommentWriter, is_json
from benchmarks.soak.stats import Ledger, Tally, check_comments, percentile


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]  # 1..100
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) is None


def test_percentile_ignores_input_order():
    assert percentile([30.0, 10.0, 20.0], 50) == 20.0


def test_tally_counts_status_kind_and_connection_errors():
    tally = Tally()
    tally.record("detail", 200, 0.010)
    tally.record("detail", 200, 0.030)
    tally.record("comment_post", 201, 0.020)
    tally.record("kill/comment_post", 503, 0.001, is_json=True)
    tally.record("pg_restart/detail", 500, 0.002, is_json=True)
    tally.record("pg_restart/detail", 503, 0.002, is_json=False)
    tally.failed("kill/comment_post", "ConnectionRefusedError")
    summary = tally.summary(seconds=2.0)
    assert summary["requests_sent"] == 7
    assert summary["requests_held"] == 3
    assert summary["server_errors_5xx"] == 3
    assert summary["server_errors_not_503_json"] == 2  # the 500, and the 503 in HTML
    assert summary["by_status"] == {"200": 2, "201": 1, "500": 1, "503": 2}
    assert summary["connection_errors"] == {"ConnectionRefusedError": 1}
    assert summary["by_kind_status"]["kill/comment_post ConnectionRefusedError"] == 1
    assert summary["rps"] == 3.0
    assert summary["max_ms"] == 30.0
    assert tally.server_errors_of("kill/") == 1
    assert tally.server_errors_of("pg_restart/") == 2
    assert tally.server_errors_of("burst/") == 0


def test_tally_is_safe_across_threads():
    tally = Tally()

    def hammer():
        for _ in range(2000):
            tally.record("site", 200, 0.001)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert tally.answered == 16000
    assert len(tally.latencies_ms) == 16000


def test_every_acknowledged_comment_found_once_passes():
    ledger = Ledger()
    ledger.created("note one", 11)
    ledger.created("note two", 12)
    result = check_comments(ledger, [(11, "note one"), (12, "note two")])
    assert (result["found"], result["lost"], result["duplicated"]) == (2, 0, 0)


def test_missing_or_renumbered_comment_is_lost():
    ledger = Ledger()
    ledger.created("note one", 11)
    ledger.created("note two", 12)
    result = check_comments(ledger, [(99, "note one")])
    assert result["lost"] == 2
    assert result["examples_lost"] == ["note one", "note two"]


def test_a_body_stored_twice_is_a_duplicate_even_if_never_acknowledged():
    ledger = Ledger()
    ledger.created("note one", 11)
    ledger.unknown("note two")
    stored = [(11, "note one"), (12, "note two"), (13, "note two")]
    result = check_comments(ledger, stored)
    assert result["duplicated"] == 1
    assert result["examples_duplicated"] == ["note two"]
    assert result["in_doubt_kept"] == 1
    assert result["lost"] == 0


def test_comment_in_doubt_may_be_missing():
    ledger = Ledger()
    ledger.unknown("note lost with the server")
    ledger.answered(503, "note refused")
    result = check_comments(ledger, [])
    assert (result["lost"], result["duplicated"], result["in_doubt_kept"]) == (0, 0, 0)
    assert result["refused_by_status"] == {"503": 1}
    assert result["refused_but_stored"] == 0


def test_refused_comment_that_was_stored_is_counted():
    ledger = Ledger()
    ledger.answered(503, "note refused after commit")
    result = check_comments(ledger, [(7, "note refused after commit")])
    assert result["refused_but_stored"] == 1
    assert (result["lost"], result["duplicated"]) == (0, 0)


def test_written_comments_are_unique_and_marked_with_the_run():
    writer = CommentWriter("ab12cd", Ledger(), seed=1)
    bodies = [writer.comment(5, "token")["body"] for _ in range(200)]
    assert len(set(bodies)) == 200
    assert all(body.endswith("soak run ab12cd)") for body in bodies)
    assert all("http" not in body and "!!" not in body for body in bodies)


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Content-Type": "application/json"}, b'{"error": "down"}', True),
        ({"Content-Type": "text/html"}, b'{"error": "down"}', False),
        ({"Content-Type": "application/json"}, b"<h1>Server Error</h1>", False),
    ],
)
def test_is_json_needs_both_header_and_body(headers, body, expected):
    assert is_json(Answer(503, body, headers, 0.1)) is expected


def passing_results() -> dict:
    comments = {"lost": 0, "duplicated": 0}
    probe = {"status": 503, "json": True, "quick": True, "seconds": 0.1}
    return {
        "load": {"server_errors_5xx": 0, "comments": dict(comments)},
        "faults": {
            "server_errors_5xx": 0,
            "server_errors_not_503_json": 0,
            "server_errors_during_kills": 0,
            "server_errors_during_pg_restart": 0,
            "comments": dict(comments),
        },
        "unreachable": {"probes": {"articles": dict(probe)}, "quick_limit_s": 5, "recovered": True},
        "webhook": {"passed": True},
    }


def test_verdict_passes_a_clean_run():
    assert verdict.failures(passing_results()) == []


def test_verdict_accepts_503_json_during_faults_but_not_in_the_load():
    results = passing_results()
    results["faults"].update(server_errors_5xx=40, server_errors_during_pg_restart=40)
    assert verdict.failures(results) == []
    results["load"].update(server_errors_5xx=1)
    assert verdict.failures(results) == ["load: 1 answers were 5xx"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r["load"].update(server_errors_5xx=3), "load: 3 answers were 5xx"),
        (lambda r: r["faults"]["comments"].update(lost=1), "faults: 1 acknowledged comments"),
        (lambda r: r["load"]["comments"].update(duplicated=2), "load: 2 comments are stored"),
        (
            lambda r: r["faults"].update(
                server_errors_5xx=4, server_errors_not_503_json=4, server_errors_during_pg_restart=4
            ),
            "faults: 4 answers were 5xx other than a 503 JSON",
        ),
        (
            lambda r: r["unreachable"].update(
                hanging={"status": None, "json": False, "seconds": 30.0, "passed": False}
            ),
            "database hanging: articles answered None in 30.0 s",
        ),
        (
            lambda r: r["webhook"].update(passed=False, control_waited_for_endpoint=False),
            "webhook: the control (immediate delivery) did not wait",
        ),
        (
            lambda r: r["unreachable"]["probes"]["articles"].update(status=500),
            "database unreachable: articles answered 500",
        ),
        (
            lambda r: r["unreachable"]["probes"]["articles"].update(quick=False, seconds=31),
            "database unreachable: articles answered 503 in 31",
        ),
        (lambda r: r["unreachable"].update(recovered=False), "did not answer 200 again"),
        (
            lambda r: r["webhook"].update(
                passed=False, median_ms_with_hanging_endpoint=5200, median_ms_without_endpoint=200
            ),
            "webhook: publishing took 5200 ms",
        ),
    ],
)
def test_verdict_names_each_failure(change, expected):
    results = passing_results()
    change(results)
    found = verdict.failures(results)
    assert len(found) == 1
    assert expected in found[0]
