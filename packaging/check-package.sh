#!/usr/bin/env bash
# Builds the Debian package, validates it (lintian, desktop-file-validate, appstreamcli,
# man), installs it on this machine, runs the installed programs (version, demo, db check)
# and uninstalls it again.
#
#   packaging/check-package.sh [BUILD_DIR]     (default: <repo>/build-package)
#
# The build folder is configured without tests (BRAINMD_BUILD_TESTS=OFF), because cpack
# builds everything before it installs. Needs root (or sudo) for the install step.
# Lintian tags are reported, not fatal; the validators and the installed run are.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$repo/build-package}
jobs=${JOBS:-2}
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

step() { printf '\n== %s ==\n' "$*"; }

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

step "Build ($build)"
# Debian's hardening for the installed programs: fortified libc calls, stack protector,
# full RELRO (lintian: hardening-no-fortify-functions, hardening-no-bindnow).
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRAINMD_WERROR=ON \
  -DBRAINMD_BUILD_TESTS=OFF -DCMAKE_C_FLAGS="-D_FORTIFY_SOURCE=2 -fstack-protector-strong" \
  -DCMAKE_CXX_FLAGS="-D_FORTIFY_SOURCE=2 -fstack-protector-strong" \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro,-z,now" "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"

step "Package (cpack)"
rm -f "$build"/brainmd-workstation_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/brainmd-workstation_*.deb)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Depends Installed-Size

step "Contents"
dpkg-deb --contents "$deb" | awk '{print $1, $6}' | grep -v '/$'

work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then "${as_root[@]}" apt-get remove -y -qq brainmd-workstation >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$work/root"
mkdir -p "$work/home"

step "lintian"
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 --display-info --pedantic "$deb" >"$work/lintian.txt" 2>&1 || true
  cat "$work/lintian.txt"
  for level in E W I P; do
    printf '%s: %s  ' "$level" "$(grep -c "^$level:" "$work/lintian.txt" || true)"
  done
  echo
else
  echo "lintian not installed; skipped"
fi

step "desktop-file-validate"
desktop-file-validate "$work"/root/usr/share/applications/*.desktop
echo "desktop-file-validate: clean"

step "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$work"/root/usr/share/metainfo/*.metainfo.xml

step "man pages"
for page in "$work"/root/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then echo "$warnings"; exit 1; fi
  echo "$(basename "$page"): no groff warnings"
done

step "Icons"
ls "$work"/root/usr/share/icons/hicolor/

step "Install"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed=1
dpkg -s brainmd-workstation | grep -E '^(Status|Version):'

step "Run the installed programs (from /, with the build tree out of reach)"
cd /
env -i PATH=/usr/bin:/bin HOME="$work/home" /usr/bin/brainmd --version
env -i PATH=/usr/bin:/bin HOME="$work/home" /usr/bin/brainmd-workstation --version
if strings /usr/bin/brainmd /usr/bin/brainmd-workstation | grep -F -q "$repo"; then
  echo "warning: the installed binaries mention the source tree $repo:"
  strings /usr/bin/brainmd /usr/bin/brainmd-workstation | grep -F "$repo" | sort -u | head
fi
start=$(date +%s)
env -i PATH=/usr/bin:/bin HOME="$work/home" BRAINMD_NO_WORKSTATION=1 \
  /usr/bin/brainmd demo --out "$work/demo" --cases 2 >"$work/demo.log" 2>&1 ||
  { cat "$work/demo.log"; exit 1; }
echo "demo: ok in $(($(date +%s) - start)) s; $(grep -c . "$work/demo.log") lines of output"
# The demo ends by naming the workstation next to itself: it must be the installed one.
grep -A1 "in the workstation" "$work/demo.log"
grep -q "/usr/bin/brainmd-workstation --db" "$work/demo.log"
env -i PATH=/usr/bin:/bin HOME="$work/home" /usr/bin/brainmd db check --db "$work/demo/brainmd.sqlite" |
  tail -1
stat -c '%a %n' "$work/demo/brainmd.sqlite" "$work/demo/brainmd.sqlite.cache" 2>/dev/null || true

step "Uninstall"
"${as_root[@]}" apt-get remove -y -qq brainmd-workstation >/dev/null
installed=0
if [ -e /usr/bin/brainmd ] || [ -e /usr/bin/brainmd-workstation ]; then
  echo "uninstall left the programs behind"
  exit 1
fi
echo "removed; check-package: all checks passed"
