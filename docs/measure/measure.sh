#!/usr/bin/env bash
# Measures the production jar end to end and prints a small table (see docs/measure/README.md):
#   1. start-up: Spring's "Started OpsCharterApplication in X s" and the wall clock until
#      /actuator/health answers UP, with a fresh data directory (initdb) and a kept one (restart);
#   2. RSS at idle of the Java process and of the embedded PostgreSQL processes, IDLE_SECONDS after UP;
#   3. retained heap per signed-in manager session (SessionLoad.java), from full-GC class histograms.
# Each of RUNS rounds does: fresh start -> idle RSS -> stop -> restart on the kept data -> idle RSS ->
# sessions -> stop. Medians (and min..max) over the rounds are printed at the end.
#
#   docs/measure/measure.sh [path/to/bootstrap-0.1.0-SNAPSHOT.jar]
#
# Environment (defaults in brackets): JAVA_HOME [/usr/lib/jvm/temurin-25-jdk-amd64], RUNS [3],
# PORT [18080], JOBRUNR_PORT [18000], IDLE_SECONDS [30], SESSIONS ["50 200"] (cumulative targets),
# WARMUP [5] (sessions opened and signed out before the 0-session baseline), CONCURRENCY [4],
# SESSION_FLAGS [] (extra SessionLoad options, e.g. --keep-login-ui), JAVA_OPTS [], OUT [a new /tmp dir].
set -Eeuo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=$(realpath "${1:-$ROOT/bootstrap/target/bootstrap-0.1.0-SNAPSHOT.jar}")
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
JOBRUNR_PORT=${JOBRUNR_PORT:-18000}
IDLE_SECONDS=${IDLE_SECONDS:-30}
SESSIONS=${SESSIONS:-"50 200"}
WARMUP=${WARMUP:-5}
CONCURRENCY=${CONCURRENCY:-4}
SESSION_FLAGS=${SESSION_FLAGS:-}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-$(mktemp -d /tmp/opscharter-measure.XXXXXX)}
BASE="http://localhost:$PORT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$OUT/measure.log" >&2; }
trap 'log "ERROR: exit status $? at line $LINENO: $BASH_COMMAND"' ERR
# (pipelines below avoid early-exiting readers such as head or grep -m1: with pipefail the writer's
# SIGPIPE would end the script)
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- preconditions ----------------------------------------------------------------------------
[ -x "$JAVA" ] || die "no JDK at $JAVA_HOME (set JAVA_HOME to a JDK 25)"
"$JAVA" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])' || die "$JAVA is not Java 25+"
[ -f "$JAR" ] || die "no jar at $JAR: build it with ./mvnw -B -Pproduction -DskipTests package"
JAR_LIST=$("$JAVA_HOME/bin/jar" tf "$JAR")
if grep -q 'BOOT-INF/lib/vaadin-dev-server' <<<"$JAR_LIST" \
        || ! grep -q 'META-INF/VAADIN/config/flow-build-info.json' <<<"$JAR_LIST"; then
    die "$JAR is not a production build (vaadin-dev-server inside or no flow-build-info.json): use -Pproduction"
fi
if curl -s -o /dev/null -m 2 "$BASE/"; then die "something already answers on port $PORT (set PORT)"; fi
command -v curl >/dev/null || die "curl is needed"

log "jar $JAR ($(du -m "$JAR" | cut -f1) MB), results in $OUT"
log "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

APP_PID=""
DATA=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then stop_app; fi
}
trap cleanup EXIT

# --- the app ----------------------------------------------------------------------------------
postmaster_pid() { pgrep -f -- "bin/postgres -D $DATA/pgdata" | awk 'NR == 1' || true; }

start_app() { # $1 data dir, $2 label
    DATA=$1
    local label=$2 logfile="$OUT/$2.log" t0 line
    t0=$(now_ms)
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -jar "$JAR" --opscharter.data-dir="$DATA" --spring.profiles.active=demo \
        --server.port="$PORT" --opscharter.jobs-dashboard.port="$JOBRUNR_PORT" >"$logfile" 2>&1 &
    APP_PID=$!
    local load_at_start
    load_at_start=$(cut -d' ' -f1 /proc/loadavg)
    until [[ $(curl -s -m 2 "$BASE/actuator/health" 2>/dev/null || true) == *'"status":"UP"'* ]]; do
        kill -0 "$APP_PID" 2>/dev/null || die "the app died while starting, see $logfile"
        [ $(( $(now_ms) - t0 )) -lt 300000 ] || die "no UP within 300 s, see $logfile"
        sleep 0.1
    done
    HEALTH_MS=$(( $(now_ms) - t0 ))
    line=$(grep -m1 -o 'Started OpsCharterApplication in [0-9.]* seconds (process running for [0-9.]*)' "$logfile") \
        || die "no 'Started OpsCharterApplication' line in $logfile"
    STARTED_S=$(sed -E 's/.* in ([0-9.]+) seconds.*/\1/' <<<"$line")
    PROCESS_S=$(sed -E 's/.*running for ([0-9.]+)\)/\1/' <<<"$line")
    log "$label: pid $APP_PID, Started in ${STARTED_S}s (process ${PROCESS_S}s), health UP after ${HEALTH_MS} ms (load ${load_at_start})"
}

stop_app() {
    local pm
    pm=$(postmaster_pid)
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$APP_PID" 2>/dev/null; then log "app $APP_PID did not stop in 60 s: KILL"; kill -KILL "$APP_PID"; fi
    wait "$APP_PID" 2>/dev/null || true
    if [ -n "$pm" ]; then
        for _ in $(seq 1 300); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pm" 2>/dev/null; then log "postgres $pm still runs: TERM"; kill -TERM "$pm" || true; sleep 2; fi
    fi
    APP_PID=""
}

# kB: VmRSS and Pss of one process; for postgres the sums over the postmaster and its children
# (RSS counts shared_buffers once per backend that touched them, PSS splits shared pages fairly)
rss_kb() { awk '/^VmRSS/{print $2}' "/proc/$1/status"; }
pss_kb() { awk '/^Pss:/{print $2}' "/proc/$1/smaps_rollup"; }
measure_idle() { # $1 label -> appends to rss.tsv
    local pm pids pg_rss=0 pg_pss=0 n=0 p
    pm=$(postmaster_pid)
    [ -n "$pm" ] || die "no postgres process for $DATA"
    pids="$pm $(pgrep -P "$pm" | tr '\n' ' ' || true)"
    for p in $pids; do
        [ -r "/proc/$p/status" ] || continue
        pg_rss=$(( pg_rss + $(rss_kb "$p") )); pg_pss=$(( pg_pss + $(pss_kb "$p") )); n=$(( n + 1 ))
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$(rss_kb "$APP_PID")" "$(pss_kb "$APP_PID")" \
        "$pg_rss" "$pg_pss" "$n" "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/rss.tsv"
    log "$1: java RSS $(( $(rss_kb "$APP_PID") / 1024 )) MB; postgres $n processes RSS $(( pg_rss / 1024 )) MB, PSS $(( pg_pss / 1024 )) MB"
}

# --- heap -------------------------------------------------------------------------------------
count_of() { awk -v c="$2" '$4 == c {s += $2} END {print s + 0}' "$1"; }
heap_point() { # $1 round, $2 sessions -> appends to heap.tsv
    local histo="$OUT/histo-$1-$2.txt" used live info
    "$JCMD" "$APP_PID" GC.run >/dev/null
    "$JCMD" "$APP_PID" GC.run >/dev/null
    info=$("$JCMD" "$APP_PID" GC.heap_info)
    used=$(awk 'match($0, /used [0-9]+K/) {print substr($0, RSTART + 5, RLENGTH - 6); exit}' <<<"$info")
    "$JCMD" "$APP_PID" GC.class_histogram >"$histo"   # a full GC first: live objects only
    live=$(awk '/^Total/{print $3}' "$histo")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$live" "$used" \
        "$(count_of "$histo" org.apache.catalina.session.StandardSession)" \
        "$(count_of "$histo" com.vaadin.flow.server.VaadinSession)" \
        "$(count_of "$histo" com.vaadin.flow.component.UI)" \
        "$(count_of "$histo" dev.opscharter.adapters.ui.MainLayout)" \
        "$(count_of "$histo" dev.opscharter.adapters.ui.DashboardView)" \
        "$(count_of "$histo" dev.opscharter.adapters.ui.LoginView)" >>"$OUT/heap.tsv"
    log "round $1, $2 sessions: live heap $(( live / 1024 )) KB (histogram), used after GC ${used} KB"
}

open_sessions() { # $1 how many, then SessionLoad options
    local n=$1; shift
    # shellcheck disable=SC2086
    "$JAVA" "$HERE/SessionLoad.java" "$BASE" "$n" --concurrency "$CONCURRENCY" $SESSION_FLAGS "$@" \
        | tee -a "$OUT/sessionload.log" >&2 || die "SessionLoad failed"
}

histo_diff() { # $1 before, $2 after, $3 sessions -> top classes by retained bytes per session
    awk -v n="$3" 'FNR == 1 {f++} $1 ~ /^[0-9]+:$/ {
            if (f == 1) {b[$4] = $3; c[$4] = $2} else {db = $3 - b[$4]; dc = $2 - c[$4];
                if (db > 0) printf "%10.0f %8.1f %s\n", db / n, dc / n, $4}}' "$1" "$2" | sort -rn | awk 'NR <= 25'
}

# --- the rounds -------------------------------------------------------------------------------
printf 'scenario\tjava_rss_kb\tjava_pss_kb\tpg_rss_kb\tpg_pss_kb\tpg_processes\tload1\n' >"$OUT/rss.tsv"
printf 'round\tsessions\tlive_bytes\tused_after_gc_kb\ttomcat_sessions\tvaadin_sessions\tuis\tmain_layouts\tdashboards\tlogin_views\n' >"$OUT/heap.tsv"
printf 'round\tscenario\tstarted_s\tprocess_s\thealth_ms\n' >"$OUT/start.tsv"

for round in $(seq 1 "$RUNS"); do
    data="$OUT/data-$round"
    rm -rf "$data"; mkdir -p "$data"

    start_app "$data" "round$round-fresh"
    printf '%s\tfresh\t%s\t%s\t%s\n' "$round" "$STARTED_S" "$PROCESS_S" "$HEALTH_MS" >>"$OUT/start.tsv"
    sleep "$IDLE_SECONDS"
    measure_idle "round$round-fresh"
    stop_app

    start_app "$data" "round$round-kept"
    printf '%s\tkept\t%s\t%s\t%s\n' "$round" "$STARTED_S" "$PROCESS_S" "$HEALTH_MS" >>"$OUT/start.tsv"
    sleep "$IDLE_SECONDS"
    measure_idle "round$round-kept"

    open_sessions "$WARMUP" --logout          # class loading, caches, JIT: not per-session costs
    heap_point "$round" 0
    opened=0
    for target in $SESSIONS; do
        open_sessions $(( target - opened ))
        opened=$target
        heap_point "$round" "$target"
    done
    measure_idle "round$round-after-$opened-sessions"
    histo_diff "$OUT/histo-$round-0.txt" "$OUT/histo-$round-$opened.txt" "$opened" >"$OUT/top-classes-$round.txt"
    stop_app
done

# --- the table --------------------------------------------------------------------------------
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) {print "-"; exit}
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s (%s..%s)", m, v[1], v[NR]}'; }
col() { awk -F'\t' -v k="$2" -v c="$3" 'NR > 1 && $2 == k {print $c}' "$1"; }
rsscol() { awk -F'\t' -v k="$2" -v c="$3" 'NR > 1 && $1 ~ k {printf "%.0f\n", $c / 1024}' "$1"; }

{
    echo
    echo "OpsCharter production jar, $RUNS rounds: median (min..max)"
    echo "jar $(basename "$JAR"), $(du -m "$JAR" | cut -f1) MB; $(nproc) cores; JAVA_OPTS='${JAVA_OPTS}'"
    echo
    printf '%-44s %-26s %-26s\n' "start-up" "fresh data dir (initdb)" "kept data dir (restart)"
    printf '%-44s %-26s %-26s\n' "Spring 'Started ... in' [s]" "$(col "$OUT/start.tsv" fresh 3 | median)" "$(col "$OUT/start.tsv" kept 3 | median)"
    printf '%-44s %-26s %-26s\n' "JVM 'process running for' [s]" "$(col "$OUT/start.tsv" fresh 4 | median)" "$(col "$OUT/start.tsv" kept 4 | median)"
    printf '%-44s %-26s %-26s\n' "launch -> /actuator/health UP [ms]" "$(col "$OUT/start.tsv" fresh 5 | median)" "$(col "$OUT/start.tsv" kept 5 | median)"
    echo
    printf '%-44s %-26s %-26s\n' "memory ${IDLE_SECONDS}s after UP [MB]" "fresh" "kept"
    printf '%-44s %-26s %-26s\n' "java RSS" "$(rsscol "$OUT/rss.tsv" 'fresh$' 2 | median)" "$(rsscol "$OUT/rss.tsv" 'kept$' 2 | median)"
    printf '%-44s %-26s %-26s\n' "postgres RSS, sum of all processes" "$(rsscol "$OUT/rss.tsv" 'fresh$' 4 | median)" "$(rsscol "$OUT/rss.tsv" 'kept$' 4 | median)"
    printf '%-44s %-26s %-26s\n' "postgres PSS, sum (shared pages split)" "$(rsscol "$OUT/rss.tsv" 'fresh$' 5 | median)" "$(rsscol "$OUT/rss.tsv" 'kept$' 5 | median)"
    printf '%-44s %-26s\n' "java RSS after $opened sessions" "$(rsscol "$OUT/rss.tsv" 'sessions$' 2 | median)"
    echo
    echo "retained heap per signed-in manager session (live bytes after full GC, minus the 0-session baseline)"
    for target in $SESSIONS; do
        per=$(awk -F'\t' -v n="$target" 'NR > 1 {if ($2 == 0) b[$1] = $3; if ($2 == n) a[$1] = $3}
            END {for (r in a) printf "%.0f\n", (a[r] - b[r]) / n / 1024}' "$OUT/heap.tsv" | median)
        counts=$(awk -F'\t' -v n="$target" 'NR > 1 && $2 == n {print "tomcat " $5 ", vaadin " $6 ", UI " $7 ", MainLayout " $8 ", Dashboard " $9 ", LoginView " $10; exit}' "$OUT/heap.tsv")
        printf '  N = %-4s %-22s KB/session   [round 1 live instances: %s]\n' "$target" "$per" "$counts"
    done
    base=$(awk -F'\t' 'NR > 1 && $2 == 0 {printf "%.0f\n", $3 / 1048576}' "$OUT/heap.tsv" | median)
    echo "  0-session baseline live heap: $base MB"
    echo
    echo "largest per-session classes, round 1 (bytes/session, instances/session, class):"
    head -12 "$OUT/top-classes-1.txt" | sed 's/^/  /'
    echo
    echo "raw data: $OUT/{start,rss,heap}.tsv, histo-*.txt, top-classes-*.txt, round*.log"
} | tee "$OUT/summary.txt"
