#!/usr/bin/env bash
# The compliance check end to end on ~5.6 M events (README "Measured"): the road traffic fines log
# replicated ten times into a fresh embedded database, then every year it spans checked through the
# use case, twice (the second pass re-runs, replacing the results). Prints events/s and peak heap.
# Target: >= 500 k events/s (<= 12 s for 5.6 M events), heap flat. Loading takes a few minutes.
# Arguments (optional): path of road_traffic_fines.csv.gz, a data directory to keep (and reuse: the
# load is skipped when it holds the events). SKIP_BUILD=1 uses the classes as built;
# JDK_JAVA_OPTIONS="-Dbench.serve=true -Dbench.port=8095" keeps the application serving afterwards.
# The database is the application's own embedded one, durable (fsync and synchronous_commit on):
# nothing is switched off for the benchmark. Runs on a fresh machine: Maven downloads what it lacks.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" dev.opscharter.bootstrap.benchmark.CheckBenchmark "$@"
