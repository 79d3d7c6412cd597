"""`make soak`: the reliability harness (load at concurrency 32, then faults) on PostgreSQL.

load_phase and faults drive the server with threaded clients (client), server runs gunicorn as
a killable process group, cluster a private PostgreSQL the faults may restart, outage and
webhook the database-gone and hanging-receiver checks; stats and verdict are the pure
bookkeeping the tests cover. benchmarks/README.md, "Soak", has the figures.
"""
