#!/usr/bin/env bash
# Renders the main window with the built-in sample (1366 x 768, light and dark) into docs/screenshot.png and
# docs/screenshot-dark.png, and the classroom pictures (student view, presentation mode), headless, through the
# same tests that check them in ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=SampleWindowScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscreenshots.dir="$PWD/docs"
./mvnw -B -q test -Dtest=ClassroomWorkflowTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscreenshots.dir="$PWD/docs"
ls -l docs/screenshot.png docs/screenshot-dark.png docs/classroom-student.png docs/classroom-presentation.png
