#!/usr/bin/env bash
# Build Rugwijzer's installers on Debian or Ubuntu (amd64), from this working tree.
#
#   bash packaging/build.sh          # dist/rugwijzer/ (frozen, smoke-tested) and the .deb
#   bash packaging/build.sh freeze   # only dist/rugwijzer/
#   bash packaging/build.sh deb      # only the .deb, from an existing dist/rugwijzer/
#   bash packaging/build.sh nsis     # compile packaging/windows/rugwijzer.nsi against
#                                    # dist/rugwijzer/ (freezes first when it is missing)
#
# Installs what it needs and says so: Debian packages with apt-get (through sudo when not
# root), PyInstaller into its own venv under build/. PYTHON picks the interpreter that the
# program is frozen with (default python3, 3.11 or newer).
set -euo pipefail

cd "$(dirname "$0")/.."
target=${1:-linux}
python=${PYTHON:-python3}
sudo=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
fi
apt_updated=""

say() { printf '==> %s\n' "$*"; }

apt_install() {
    say "installing with apt-get: $*"
    if [ -z "$apt_updated" ]; then
        $sudo apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" \
        >/dev/null
}

# Both read the whole output before matching: with pipefail, "grep -q" stopping early would
# make the writer's SIGPIPE fail the test.
installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

available() {
    [[ "$(apt-cache policy "$1" 2>/dev/null || true)" =~ Candidate:\ [0-9] ]]
}

# Tools: command -> Debian package.
need_tools() {
    local missing=() command package
    while [ $# -gt 0 ]; do
        command=$1 package=$2
        shift 2
        command -v "$command" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt_install "${missing[@]}"
    fi
}

# The system libraries the frozen program loads (packaging/linux/depends.txt): needed here
# to run its smoke test and to find which package provides each library.
need_runtime_libraries() {
    local missing=() line alternative chosen
    [ -n "$apt_updated" ] || { $sudo apt-get update -qq; apt_updated=1; }
    while IFS= read -r line; do
        line=${line%%#*}
        [ -n "${line// /}" ] || continue
        chosen=""
        for alternative in ${line//|/ }; do
            if installed "$alternative"; then
                chosen=$alternative
                break
            fi
        done
        if [ -z "$chosen" ]; then
            for alternative in ${line//|/ }; do
                if available "$alternative"; then
                    missing+=("$alternative")
                    break
                fi
            done
        fi
    done < packaging/linux/depends.txt
    if [ ${#missing[@]} -gt 0 ]; then
        apt_install "${missing[@]}"
    fi
}

need_python() {
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "build.sh: $python is not Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
        exit 1
    fi
    if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
        apt_install python3-venv
    fi
}

freeze() {
    need_python
    need_tools readelf binutils patchelf patchelf
    need_runtime_libraries
    "$python" packaging/build.py freeze
}

deb() {
    need_tools dpkg-deb dpkg readelf binutils lintian lintian \
        desktop-file-validate desktop-file-utils appstreamcli appstream
    "$python" packaging/build.py deb
}

case $target in
    linux)
        freeze
        deb
        ;;
    freeze)
        freeze
        ;;
    deb)
        need_python
        deb
        ;;
    nsis)
        need_tools makensis nsis
        if [ ! -x dist/rugwijzer/rugwijzer ] || [ ! -f build/icons/rugwijzer.ico ]; then
            freeze
        fi
        "$python" packaging/build.py nsis
        ;;
    *)
        echo "usage: bash packaging/build.sh [linux|freeze|deb|nsis]" >&2
        exit 2
        ;;
esac
