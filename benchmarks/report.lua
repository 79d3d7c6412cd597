-- wrk reporter: one JSON line with the counts and the percentiles the benchmark reports.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d,' ..
    ' "p99_us": %d, "errors_connect": %d, "errors_read": %d, "errors_write": %d,' ..
    ' "errors_status": %d, "errors_timeout": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
