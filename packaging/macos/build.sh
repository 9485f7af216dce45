#!/usr/bin/env bash
# Builds the macOS disk image for the machine's architecture (arm64 or x86_64):
# PyInstaller .app (signed inside-out) -> checks -> notarise + staple the app -> DMG -> sign, notarise and
# staple the DMG.
#
#   packaging/macos/build.sh [--dist DIR] [--work DIR]
#
# DIR defaults are dist/ and build/ in the checkout. Needs PyInstaller and dmgbuild in the active Python and
# Xcode's command-line tools. Signing and notarisation run when their variables are set:
#   MACOS_SIGNING_IDENTITY    a "Developer ID Application: ..." identity in the keychain
#   NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD (an app-specific password) for notarisation
#   REQUIRE_SIGNING=1         fail instead of building an unsigned or unnotarised disk image
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=SCRIPTDIR/../build_folders.sh
. "$ROOT/packaging/build_folders.sh" "$@"

PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" "$ROOT/packaging/release_version.py")
ARCH=$(uname -m)
APP=$DIST/ValuesDesk.app
DMG=$DIST/ValuesDesk-$VERSION-macos-$ARCH.dmg
IDENTITY=${MACOS_SIGNING_IDENTITY:-}
NOTARISE=
if [ -n "$IDENTITY" ] && [ -n "${NOTARY_APPLE_ID:-}" ] && [ -n "${NOTARY_TEAM_ID:-}" ] \
    && [ -n "${NOTARY_PASSWORD:-}" ]; then
    NOTARISE=1
fi
if [ -z "$NOTARISE" ]; then
    if [ "${REQUIRE_SIGNING:-}" = 1 ]; then
        echo "error: REQUIRE_SIGNING=1, but MACOS_SIGNING_IDENTITY or a NOTARY_* variable is missing" >&2
        exit 1
    fi
    echo "Signing identity or NOTARY_* credentials missing: the disk image will not be notarised" \
        "(macOS will refuse to open the app until the person allows it in System Settings)"
fi

# Apple's notary service checks every binary: a rejected submission still exits 0 from `submit --wait`, so the
# status is read from its JSON, and on anything but Accepted Apple's log (which names each problem) is printed.
notarise() {
    local result status id
    result=$(xcrun notarytool submit "$1" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
        --password "$NOTARY_PASSWORD" --wait --timeout 30m --output-format json)
    status=$("$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$result")
    id=$("$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$result")
    echo "Notarisation of $(basename "$1"): $status (submission $id)"
    if [ "$status" != Accepted ]; then
        xcrun notarytool log "$id" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
            --password "$NOTARY_PASSWORD" || true
        echo "error: Apple did not accept $(basename "$1") (status $status); its log is above" >&2
        exit 1
    fi
}

# The ticket can take minutes to reach Apple's CDN after "Accepted"; until then stapler fails with error 65.
staple() {
    local attempt
    for attempt in 1 2 3 4 5 6; do
        if xcrun stapler staple "$1"; then
            xcrun stapler validate "$1"
            return
        fi
        echo "Stapling $(basename "$1") failed (attempt $attempt); trying again in $((attempt * 20)) s"
        sleep $((attempt * 20))
    done
    echo "error: could not staple the notarisation ticket to $1" >&2
    exit 1
}

# PyInstaller signs inside-out when the spec passes it the identity (MACOS_SIGNING_IDENTITY); these two make a
# signing error fatal and let it verify the bundle, instead of warning and carrying on.
PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1 PYINSTALLER_VERIFY_BUNDLE_SIGNATURE=1 \
    "$PYTHON" -m PyInstaller --noconfirm --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/valuesdesk.spec"

# Every binary has this machine's architecture, and LSMinimumSystemVersion is QtCore's minimum.
"$PYTHON" "$ROOT/packaging/macos/macho.py" check-app "$APP" --arch "$ARCH"
codesign --verify --deep --strict --verbose=2 "$APP"

if [ -n "$NOTARISE" ]; then
    # The app is notarised and stapled on its own, so that it stays valid once copied out of the disk image,
    # also on a Mac that is offline the first time it opens it.
    ditto -c -k --keepParent "$APP" "$WORK/ValuesDesk-notarise.zip"
    notarise "$WORK/ValuesDesk-notarise.zip"
    staple "$APP"
    spctl --assess --type execute --verbose=4 "$APP"
fi

# hdiutil on hosted runners fails now and then ("Resource busy"); a second try almost always works.
for attempt in 1 2 3; do
    rm -f "$DMG"
    if "$PYTHON" -m dmgbuild -s "$ROOT/packaging/macos/dmg_settings.py" -D app="$APP" \
        -D icon="$ROOT/resources/icons/valuesdesk.icns" "ValuesDesk" "$DMG"; then
        break
    fi
    if [ "$attempt" = 3 ]; then
        echo "error: dmgbuild failed three times" >&2
        exit 1
    fi
    echo "dmgbuild failed (attempt $attempt); trying again in $((attempt * 15)) s"
    sleep $((attempt * 15))
done

if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    codesign --verify --strict --verbose=2 "$DMG"
fi
if [ -n "$NOTARISE" ]; then
    notarise "$DMG"
    staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=4 "$DMG"
fi

echo "$DMG: $(awk -v b="$(stat -f %z "$DMG")" 'BEGIN { printf "%.1f", b / 1000000 }') MB"
