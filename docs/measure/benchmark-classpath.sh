# Sourced by the benchmark scripts: moves to the repository's root, builds the modules and the test
# classes (unless SKIP_BUILD=1) and sets $cp to the benchmarks' class path. Runs on a fresh machine:
# Maven downloads what it lacks.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
    ./mvnw -B -q install -DskipTests
    ./mvnw -B -q -pl bootstrap test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
fi
cp="bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/benchmark-classpath.txt)"
