#!/usr/bin/env bash
# JMH benchmarks of the targets on the real application (README "Measured"): the scorecard and the weekly report
# over 50 units × 30 metrics × a year of days (TargetsBenchmark), and the import of a million actuals
# (ActualsImportBenchmark). Builds the test classes first; takes about 10 minutes.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'TargetsBenchmark|ActualsImportBenchmark' -rf text \
    -rff "${OUT:-/tmp}/targets-benchmark.txt" "$@"
