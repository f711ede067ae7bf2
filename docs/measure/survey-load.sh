#!/usr/bin/env bash
# The respondent's page under load (README "Measured"): a fresh embedded database with the demo data,
# one open campaign; 500 respondents at once, each opening the page, reading it 1-3 s and submitting,
# link after link, for S seconds (default 60); then a saturation run without reading time. Prints
# submissions/s, p50/p95/p99 of submissions and pages, heap retained per open page, and whether
# responses stored equal submissions accepted (and a replay of every link adds none).
# Targets (issue 13): 500 at once, >= 200 submissions/s, p95 <= 250 ms, <= 100 KB per open page.
# Argument (optional): S seconds. SKIP_BUILD=1 uses the classes as built.
# The database is the application's own embedded one, durable: nothing is switched off for the load.
set -euo pipefail
source "$(dirname "$0")/benchmark-classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" dev.opscharter.bootstrap.benchmark.SurveyLoad "$@"
