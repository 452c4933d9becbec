#!/usr/bin/env bash
# Window figures for docs/benchmarks.md, measured side by side in one run so the machine's noise cancels.
# Needs a screen: run it under Xvfb (xvfb-run -a src/bench/window.sh) or on a desktop.
#   launch: JVM start to the sample on screen vs a bare JavaFX window, alternating, RUNS times each;
#   jump:   next-discrepancy jump to frame drawn, on the sample, 6 x 5000 and 20 x 5000 words.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}
./mvnw -B -q -Pbench package -DskipTests
JAVA=(java -Xmx256m -cp target/verbatim.jar)
for i in $(seq "$RUNS"); do
  "${JAVA[@]}" org.verbatim.bench.WindowBench\$Launcher bare 2>/dev/null | grep mode=
  "${JAVA[@]}" org.verbatim.bench.WindowBench\$Launcher launch 2>/dev/null | grep mode=
done
"${JAVA[@]}" org.verbatim.bench.WindowBench\$Launcher jump 0 0 2>/dev/null | grep mode=
"${JAVA[@]}" org.verbatim.bench.WindowBench\$Launcher jump 6 5000 2>/dev/null | grep mode=
"${JAVA[@]}" org.verbatim.bench.WindowBench\$Launcher jump 20 5000 2>/dev/null | grep mode=
