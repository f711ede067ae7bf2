#!/usr/bin/env bash
# JMH benchmark of the scorecard use case on the real application (README "Measured").
# Builds the test classes (JMH generates its harness at test-compile), then runs
# dev.opscharter.bootstrap.benchmark.ScorecardBenchmark in a forked JVM. Takes about 3 minutes.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main ScorecardBenchmark -rf text \
    -rff "${OUT:-/tmp}/scorecard-benchmark.txt" "$@"
