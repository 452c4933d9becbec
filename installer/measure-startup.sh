#!/bin/bash
# Time from launching Verbatim to its window being mapped on a virtual X screen (Xvfb).
# Usage: installer/measure-startup.sh RUNS COMMAND...
#   e.g. installer/measure-startup.sh 7 target/installer/Verbatim/bin/Verbatim
# Prints one time per run (milliseconds) and the median. Needs xvfb and xdotool (Debian packages).
# Every run starts a fresh Xvfb; the clock starts just before the command and stops when
# `xdotool search --onlyvisible --name '^Verbatim'` first finds the window (polled every 10 ms).
set -u
runs=${1:?runs}; shift
[ $# -gt 0 ] || { echo "usage: $0 RUNS COMMAND..." >&2; exit 2; }
times=()
for i in $(seq "$runs"); do
  d=$(( 200 + RANDOM % 100 ))
  while [ -e /tmp/.X11-unix/X$d ]; do d=$((d+1)); done
  Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  for _ in $(seq 100); do DISPLAY=:$d xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.05; done
  t0=$(date +%s%N)
  DISPLAY=:$d setsid "$@" >/dev/null 2>&1 & apid=$!
  t=""
  for _ in $(seq 3000); do
    if DISPLAY=:$d xdotool search --onlyvisible --name '^Verbatim' >/dev/null 2>&1; then
      t=$(( ($(date +%s%N) - t0) / 1000000 )); break
    fi
    sleep 0.01
  done
  kill -- -"$apid" 2>/dev/null; sleep 0.5; kill -9 -- -"$apid" 2>/dev/null
  kill "$xpid" 2>/dev/null; wait 2>/dev/null
  [ -n "$t" ] || { echo "run $i: no window within 30 s" >&2; exit 1; }
  printf 'run %d: %d ms\n' "$i" "$t"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %d ms\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
