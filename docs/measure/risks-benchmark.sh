#!/usr/bin/env bash
# JMH benchmark of the risk register, incidents and complaints on the real application (README "Measured"): the
# scorecard of the last ended quarter over a year of 5 000 incidents and 100 000 complaints, a register page of
# 10 000 risks (page, count, heat map) and an incident list page (RisksBenchmark). Builds the test classes first.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'RisksBenchmark' -rf text \
    -rff "${OUT:-/tmp}/risks-benchmark.txt" "$@"
