#!/usr/bin/env bash
# Runs one GUI test executable in a real X server: the current one when DISPLAY is set
# and answers, else a private Xvfb (via xvfb-run) with a 24-bit screen for VTK / Mesa.
set -euo pipefail
if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  exec env QT_QPA_PLATFORM=xcb "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb "$@"
