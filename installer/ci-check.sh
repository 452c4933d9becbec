#!/bin/bash
# Checks the packaged app after `./mvnw -B -Pinstaller package -DskipTests`, without a display:
#  1. the app-image's launcher runs `compare --format json` on the sample story and prints JSON
#     with its quotes (so the jlink'd runtime has every module the command line needs);
#  2. the same in text format;
#  3. the AppCDS archive dumped at build time is accepted (-Xshare:on) and holds the app's classes;
#     bin/verbatim-cli (the command line with the quick JIT) prints the same text and uses the archive;
#  4. when the .deb was built: it depends on GTK 3, and its maintainer scripts are Verbatim's
#     tolerant ones and parse.
# Prints one line per check and "installer-check: N passed, N failed"; exits non-zero on any failure.
# Needs: bash, a JDK 17+ (java on the PATH or JAVA_HOME, for installer/CiJsonCheck.java), dpkg-deb
# for check 4 (skipped when no .deb was built).
set -u
cd "$(dirname "$0")/.."
app=target/installer/Verbatim
launcher=$app/bin/Verbatim
samples=(assets/samples/putin-elton-john/*.txt)
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
pass() { echo "ok   $1"; passed=$((passed+1)); }
fail() { echo "FAIL $1"; shift; for f in "$@"; do [ -s "$f" ] && sed 's/^/     | /' "$f" | head -40; done; failed=$((failed+1)); }
# no display, whatever the caller has
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$@"; }

if [ ! -x "$launcher" ]; then
  fail "no launcher at $launcher: run ./mvnw -B -Pinstaller package -DskipTests first"
  echo "installer-check: $passed passed, $failed failed"; exit 1
fi

# 1. JSON
if run "$launcher" compare --format json "${samples[@]}" >"$tmp/out.json" 2>"$tmp/err.txt" \
   && "$java_cmd" -cp target/verbatim.jar installer/CiJsonCheck.java "$tmp/out.json" >"$tmp/check.txt" 2>&1; then
  if [ -s "$tmp/err.txt" ]; then
    fail "compare --format json printed JSON, but wrote to stderr too" "$tmp/err.txt"
  else
    pass "compare --format json: $(cat "$tmp/check.txt")"
  fi
else
  fail "compare --format json with $launcher" "$tmp/err.txt" "$tmp/check.txt"
fi

# 2. text
if run "$launcher" compare "${samples[@]}" >"$tmp/out.txt" 2>"$tmp/err2.txt" \
   && grep -q '^Verbatim: 3 reports' "$tmp/out.txt" && grep -q '^Group ' "$tmp/out.txt"; then
  pass "compare (text): $(head -1 "$tmp/out.txt")"
else
  fail "compare (text) with $launcher" "$tmp/err2.txt" "$tmp/out.txt"
fi

# 3. AppCDS: -Xshare:on makes the JVM refuse to start when the archive cannot be used
if run env JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$tmp/classes.log" \
     "$launcher" compare --format json "${samples[@]}" >/dev/null 2>"$tmp/err3.txt" \
   && grep -q 'org.verbatim.Main source: shared objects file' "$tmp/classes.log"; then
  shared=$(grep -c 'source: shared objects file' "$tmp/classes.log")
  total=$(grep -c ' source: ' "$tmp/classes.log")
  pass "AppCDS archive $app/lib/app/verbatim.jsa in use: $shared of $total classes from it"
else
  fail "AppCDS archive $app/lib/app/verbatim.jsa not usable (stale? rebuild with -Pinstaller)" "$tmp/err3.txt"
fi

# 3b. bin/verbatim-cli (the command line with the quick JIT) prints the same text and uses the archive
cli=$app/bin/verbatim-cli
if [ -x "$cli" ] && run env JAVA_TOOL_OPTIONS="-Xshare:on" "$cli" compare "${samples[@]}" >"$tmp/cli.txt" 2>"$tmp/err4.txt" \
   && cmp -s "$tmp/cli.txt" "$tmp/out.txt"; then
  pass "verbatim-cli compare: the same text as $launcher, with the AppCDS archive"
else
  fail "verbatim-cli compare with $cli" "$tmp/err4.txt" "$tmp/cli.txt"
fi

# 4. the .deb, when built
debs=(target/installer/verbatim_*.deb)
if [ -e "${debs[0]}" ] && command -v dpkg-deb >/dev/null; then
  deb=${debs[0]}
  mkdir "$tmp/control"; dpkg-deb -e "$deb" "$tmp/control"
  if dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' \
     && grep -q 'desktop_integration ()' "$tmp/control/postinst" \
     && grep -q 'xdg-desktop-menu install' "$tmp/control/postinst" \
     && grep -q 'desktop_unintegration ()' "$tmp/control/prerm" \
     && sh -n "$tmp/control/postinst" && sh -n "$tmp/control/prerm"; then
    pass "$deb: depends on libgtk-3-0; postinst and prerm are the tolerant ones and parse"
  else
    fail "$deb: Depends or maintainer scripts not as expected" "$tmp/control/postinst"
  fi
else
  echo "skip .deb checks (no target/installer/verbatim_*.deb, or no dpkg-deb)"
fi

echo "installer-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
