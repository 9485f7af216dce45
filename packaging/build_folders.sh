# Sourced by the build scripts, with their arguments, once they have set ROOT to the checkout:
# reads [--dist DIR] [--work DIR] (defaults dist/ and build/ in the checkout), makes both folders
# and sets DIST and WORK to their absolute paths.
# shellcheck shell=bash
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
