#!/usr/bin/env bash
# Configures and builds BrainMD Workstation with the default preset (Release, warnings as
# errors). Usage: packaging/build.sh [preset]. Installs the Debian packages first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-default}"
bash "$here/packaging/install-deps.sh"
cd "$here"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
