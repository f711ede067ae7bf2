#!/usr/bin/env bash
# Import throughput of execution records (SPEC §4) on the real application: the road-traffic-fines
# log x10 (5.6 M events) streamed through the import use case into a fresh embedded PostgreSQL.
# Prints events/s and heap used; runs with a heap smaller than the file to show that it streams.
# Arguments (optional): copies (10), path of road_traffic_fines.csv.gz. Takes 1-3 minutes.
# The database is the application's own embedded one, durable (fsync and synchronous_commit on):
# nothing is switched off for the benchmark. Runs on a fresh machine: Maven downloads what it lacks.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
copies="${1:-10}"
log="${2:-$(pwd)/../shared/data/event-logs/road_traffic_fines.csv.gz}"
[[ -r "$log" ]] || log="$(pwd)/../../shared/data/event-logs/road_traffic_fines.csv.gz"
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx384m} -cp "$cp" dev.opscharter.bootstrap.benchmark.ImportBenchmark "$copies" "$log"
