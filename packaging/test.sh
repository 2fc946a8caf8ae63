#!/usr/bin/env bash
# README command 2: installs, builds and runs every test (core, db, CLI end to end and the
# GUI tests under Xvfb). CTest prints the summary line CI reads.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/packaging/build.sh" default
cd "$here"
ctest --preset default -j 2 "$@"
