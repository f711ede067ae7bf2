#!/usr/bin/env bash
# JMH benchmark of the team and collaboration on the real application (README "Measured"): the scorecard of the last
# ended quarter over a year of team records for 600 people (appraisals, 24 courses of 200 attendees), and the meeting
# and project pages (a list page, its count and the first row's detail) over five years of both default series'
# meetings and 1 000 projects (TeamCollaborationBenchmark). Builds the test classes first.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'TeamCollaborationBenchmark' -rf text \
    -rff "${OUT:-/tmp}/team-benchmark.txt" "$@"
