#!/usr/bin/env bash
# Whole-process figures for docs/benchmarks.md (issue 15), measured side by side in one run: each command
# in turn, RUNS rounds, so the machine's noise falls on all of them. Prints per command the median wall
# time and the median CPU time (user + sys) in ms.
#   src/bench/cold-cli.sh 'bare=java -cp /tmp/bare Bare' 'jar=java -jar target/verbatim.jar compare ...' ...
# With no arguments: a bare JVM printing {} against `./verbatim compare` on the sample and `java -jar`.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-9}
if [ $# -eq 0 ]; then
  bare=$(mktemp -d)
  printf 'public class Bare { public static void main(String[] a) { System.out.println("{}"); } }\n' > "$bare/Bare.java"
  javac -d "$bare" "$bare/Bare.java"
  set -- "bare JVM printing {}=java -Xshare:auto -cp $bare Bare" \
         "./verbatim compare (sample)=./verbatim compare assets/samples/putin-elton-john/*.txt" \
         "java -jar compare (sample)=java -jar target/verbatim.jar compare assets/samples/putin-elton-john/*.txt"
fi
labels=(); cmds=()
for a in "$@"; do labels+=("${a%%=*}"); cmds+=("${a#*=}"); done
tmp=$(mktemp -d)
exec 3>&2
for r in $(seq "$RUNS"); do
  for i in "${!cmds[@]}"; do
    { TIMEFORMAT='%3R %3U %3S'; time bash -c "${cmds[$i]}" >/dev/null 2>"$tmp/err" \
        || { echo "failed: ${cmds[$i]}" >&3; cat "$tmp/err" >&3; exit 1; }; } 2> "$tmp/t"
    read -r e u s < "$tmp/t"
    echo "$e $u $s" | awk '{printf "%d %d\n", $1*1000, ($2+$3)*1000}' >> "$tmp/$i"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
printf '%-40s %10s %10s   (median of %d, wall all runs)\n' command wall_ms cpu_ms "$RUNS"
for i in "${!cmds[@]}"; do
  w=$(cut -d' ' -f1 "$tmp/$i" | median); c=$(cut -d' ' -f2 "$tmp/$i" | median)
  printf '%-40s %10s %10s   %s\n' "${labels[$i]}" "$w" "$c" "$(cut -d' ' -f1 "$tmp/$i" | tr '\n' ' ')"
done
rm -rf "$tmp"
