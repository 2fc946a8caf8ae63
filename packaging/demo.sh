#!/usr/bin/env bash
# README command 1: installs, builds and runs the main job on phantom data
# (phantom BrainMD → import → case list), writing everything under ./demo/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/packaging/build.sh" default
"$here/build/default/app/brainmd" demo --out "$here/demo" "$@"
