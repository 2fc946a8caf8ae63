#!/bin/sh
# Brings translations/brainmd_*.ts in step with the source tree (see translations/README.md):
# new messages are added unfinished, vanished ones dropped, known translations kept.
# Usage: translations/update-ts.sh [--lupdate /usr/lib/qt6/bin/lupdate]
set -eu
exec python3 "$(dirname "$0")/ts_sync.py" update "$@"
