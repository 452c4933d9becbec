#!/usr/bin/env bash
# Renders the main window with the built-in sample (1366 x 768, light and dark) into docs/screenshot.png and
# docs/screenshot-dark.png, headless, through the same test that checks them in ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=SampleWindowScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscreenshots.dir="$PWD/docs"
ls -l docs/screenshot.png docs/screenshot-dark.png
