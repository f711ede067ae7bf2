#!/usr/bin/env bash
# JMH benchmark of the scorecard use case on the real application (README "Measured").
# Builds the test classes (JMH generates its harness at test-compile), then runs
# dev.opscharter.bootstrap.benchmark.ScorecardBenchmark in a forked JVM. Takes about 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl bootstrap test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
cp="bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/benchmark-classpath.txt)"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main ScorecardBenchmark -rf text \
    -rff "${OUT:-/tmp}/scorecard-benchmark.txt" "$@"
