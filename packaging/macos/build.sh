#!/usr/bin/env bash
# Builds the macOS disk image: PyInstaller .app -> codesign -> dmgbuild -> notarise + staple.
#
#   packaging/macos/build.sh [--dist DIR] [--work DIR]
#
# DIR defaults are dist/ and build/ in the checkout. Needs PyInstaller and dmgbuild in the active
# Python. Optional, each step runs only when its variables are set:
#   MACOS_SIGNING_IDENTITY    a "Developer ID Application: ..." identity in the keychain
#   NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD (an app-specific password) for notarisation
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIST=$ROOT/dist
WORK=$ROOT/build
while [ $# -gt 0 ]; do
    case $1 in
        --dist) DIST=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        *) echo "usage: $0 [--dist DIR] [--work DIR]" >&2; exit 2 ;;
    esac
done
mkdir -p "$DIST" "$WORK"
DIST=$(cd "$DIST" && pwd)
WORK=$(cd "$WORK" && pwd)

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/valuesdesk/__init__.py")
IDENTITY=${MACOS_SIGNING_IDENTITY:-}
APP=$DIST/ValuesDesk.app
DMG=$DIST/ValuesDesk-$VERSION-macos-$(uname -m).dmg

"${PYTHON:-python3}" -m PyInstaller --noconfirm --distpath "$DIST" --workpath "$WORK" \
    "$ROOT/packaging/valuesdesk.spec"

if [ -n "$IDENTITY" ]; then
    # Hardened runtime + secure timestamp: both are required for notarisation.
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$ROOT/packaging/macos/entitlements.plist" --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "MACOS_SIGNING_IDENTITY is not set: code signing skipped" \
        "(the app keeps PyInstaller's ad-hoc signature)"
fi

rm -f "$DMG"
"${PYTHON:-python3}" -m dmgbuild -s "$ROOT/packaging/macos/dmg_settings.py" -D app="$APP" \
    -D icon="$ROOT/resources/icons/valuesdesk.icns" "ValuesDesk" "$DMG"

if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [ -n "$IDENTITY" ] && [ -n "${NOTARY_APPLE_ID:-}" ] && [ -n "${NOTARY_TEAM_ID:-}" ] \
    && [ -n "${NOTARY_PASSWORD:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
        --password "$NOTARY_PASSWORD" --wait
    # Fails unless Apple accepted the submission, so a rejected build stops here.
    xcrun stapler staple "$DMG"
else
    echo "Signing identity or NOTARY_* credentials missing: notarisation skipped"
fi

echo "$DMG: $(awk -v b="$(stat -f %z "$DMG")" 'BEGIN { printf "%.1f", b / 1000000 }') MB"
