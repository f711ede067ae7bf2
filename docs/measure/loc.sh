#!/usr/bin/env bash
# Lines of code as issue 12 measures them (docs/plans/issue-12-kit.md, appendix A): non-blank lines
# outside // and /* */ comments (string literals containing "//" are rare here), per package directly
# under application and adapters.ui, the other adapter packages of the adapters-ui module (documents,
# messages, notifications), and per module's main sources.
#
#   docs/measure/loc.sh            the table
#   docs/measure/loc.sh FILES...   one number for the files given
set -Eeuo pipefail

ncloc() {
    awk 'FNR==1{inc=0}
    { line=$0; out="";
      while (length(line)>0) {
        if (inc) { i=index(line,"*/"); if (i==0) {line=""; break} line=substr(line,i+2); inc=0; continue }
        i=index(line,"/*"); j=index(line,"//")
        if (i>0 && (j==0 || i<j)) { out=out substr(line,1,i-1); line=substr(line,i+2); inc=1; continue }
        if (j>0) { out=out substr(line,1,j-1); line=""; break }
        out=out line; line="" }
      if (out ~ /[^ \t]/) n++ }
    END{print n+0}' "$@"
}

if [[ $# -gt 0 ]]; then
    ncloc "$@"
    exit
fi
cd "$(dirname "$0")/../.."
ui_module=adapters-ui/src/main/java/dev/opscharter/adapters
for d in $(find application/src/main/java/dev/opscharter/application $ui_module/ui \
        -mindepth 1 -maxdepth 1 -type d | sort) \
        $(find $ui_module -mindepth 1 -maxdepth 1 -type d ! -name ui | sort); do
    printf '%-60s %6s\n' "${d#*/java/dev/opscharter/}" "$(ncloc $(find "$d" -name '*.java'))"
done
for m in domain application adapters-persistence adapters-ui bootstrap; do
    printf '%-60s %6s\n' "$m (main)" "$(ncloc $(find "$m/src/main/java" -name '*.java'))"
done
