#!/usr/bin/env bash
# Installs every Debian 12 package BrainMD Workstation needs to build, test and run.
# Idempotent: apt-get skips what is already there. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # Qt 6
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev
  qt6-translations-l10n
  libgl-dev libglx-mesa0 libgl1-mesa-dri
  # imaging
  libvtk9-dev libgdcm-dev libgdcm-tools libnifti2-dev libeigen3-dev libdcmtk-dev
  nlohmann-json3-dev libsqlite3-dev zlib1g-dev
  # data: Colin27 template and AAL atlas for the phantom
  mricron-data
  # peers for benchmarks and GUI tests
  dcm2niix xvfb xauth x11-utils imagemagick
  # DICOM validator (dciodvfy) the de-identification test compares input and output with
  dicom3tools
  # translation check (translations/ts_sync.py)
  python3
  # the SEG tests read pydicom's test files and let pydicom check and rewrite our SEG; the
  # import corpus run (tests/fuzz/corpus-run.py) reads pydicom's and nibabel's DICOM files
  python3-pydicom python3-nibabel
  # package checks (packaging/check-package.sh)
  desktop-file-utils appstream lintian
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
