#!/usr/bin/env bash
# Builds the Linux release tarball: the PyInstaller bundle plus desktop integration files.
#
#   packaging/build_linux.sh [--dist DIR] [--work DIR]
#
# DIR defaults are dist/ and build/ in the checkout. Needs: PyInstaller in the active Python,
# binutils and a C compiler, and icupkg (apt install icu-devtools) to slim the ICU data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=SCRIPTDIR/build_folders.sh
. "$ROOT/packaging/build_folders.sh" "$@"

APP_ID=org.valuesdesk.ValuesDesk
MAX_MB=40  # docs/packaging.md says what the size is made of
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/valuesdesk/__init__.py")
METAINFO=$ROOT/packaging/linux/$APP_ID.metainfo.xml
if ! grep -q "<release version=\"$VERSION\"" "$METAINFO"; then
    echo "error: add <release version=\"$VERSION\" date=\"YYYY-MM-DD\"/> to $METAINFO" >&2
    exit 1
fi

"${PYTHON:-python3}" -m PyInstaller --noconfirm --distpath "$DIST" --workpath "$WORK" \
    "$ROOT/packaging/valuesdesk.spec"

NAME=ValuesDesk-$VERSION-linux-$(uname -m)
STAGE=$WORK/tarball/$NAME
rm -rf "$WORK/tarball"
mkdir -p "$STAGE"
cp -a "$DIST/valuesdesk" "$STAGE/valuesdesk"
cp "$ROOT/packaging/linux/$APP_ID.desktop" "$METAINFO" \
    "$ROOT/packaging/linux/install.sh" "$ROOT/packaging/linux/uninstall.sh" "$STAGE/"
cp "$ROOT/resources/icons/valuesdesk-256.png" "$STAGE/$APP_ID.png"

TARBALL=$DIST/$NAME.tar.gz
tar -C "$WORK/tarball" --owner=0 --group=0 --numeric-owner -cf - "$NAME" | gzip -9 > "$TARBALL"

BYTES=$(stat -c %s "$TARBALL")
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1000000 }')
echo "$TARBALL: $MB MB ($BYTES bytes); unpacked $(du -sh "$STAGE" | cut -f1)"
if [ "$BYTES" -gt $((MAX_MB * 1000000)) ]; then
    echo "error: the tarball is over the $MAX_MB MB budget" >&2
    exit 1
fi
