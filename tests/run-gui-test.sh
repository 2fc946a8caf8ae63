#!/usr/bin/env bash
# Runs one GUI test executable in a real X server: the current one when DISPLAY is set
# and answers, else a private Xvfb (via xvfb-run) with a 24-bit screen for VTK / Mesa.
set -euo pipefail
# Under AddressSanitizer, Mesa's software driver is loaded for the whole run: Mesa unloads
# it at exit, and LeakSanitizer then reports its 112 bytes with no library to suppress by.
preload=()
if asan=$(ldd "$1" 2>/dev/null | awk '/libasan/ {print $3}') && [ -n "$asan" ]; then
  dri=$(ls /usr/lib/*/dri/swrast_dri.so 2>/dev/null | head -n 1 || true)
  if [ -n "$dri" ]; then preload=("LD_PRELOAD=$asan $dri"); fi
fi
if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  exec env "${preload[@]}" QT_QPA_PLATFORM=xcb "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
  env "${preload[@]}" QT_QPA_PLATFORM=xcb "$@"
