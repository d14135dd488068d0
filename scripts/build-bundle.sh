#!/usr/bin/env bash
# Build the standalone bundle: dist/routine-app-VERSION-linux-x86_64.tar.gz, a
# one-folder PyInstaller build (packaging/routine-app.spec) of the installed wheel.
#   --check   also unpack it in a new folder and run `--self-check` and `routines list`
#             there with an empty environment (env -i), as a user's system would.
# PYTHON picks the interpreter (default python3); BUNDLE_MAX_MB the size limit (200).
# Runs on glibc >= 2.36 systems (Debian 12, Ubuntu 23.04 and newer) once unpacked; those
# need libgl1, libegl1 and fonts (e.g. fonts-dejavu-core) installed.
set -euo pipefail
cd "$(dirname "$0")/.."
# The bundle is made from the installed wheel (routines and assets inside the package),
# never from this checkout's sources: nothing may put them first on the path.
unset PYTHONPATH
check=false
[ "${1:-}" = "--check" ] && check=true
python=${PYTHON:-python3}
max_mb=${BUNDLE_MAX_MB:-200}
work=build/bundle
start=$SECONDS
step() { printf '[bundle %4ss] %s\n' "$((SECONDS - start))" "$*"; }

step "build environment ($($python --version))"
rm -rf "$work/dist" "$work/work"
[ -x "$work/venv/bin/python" ] || "$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade --force-reinstall --no-deps .
"$work/venv/bin/python" -m pip install -q '.[bundle]'
version=$("$work/venv/bin/python" -c 'import routine_app; print(routine_app.__version__)')
name=routine-app-$version

step "pyinstaller packaging/routine-app.spec"
here=$PWD
(cd "$work" && "$here/$work/venv/bin/pyinstaller" --noconfirm --log-level ERROR \
    --distpath "$here/$work/dist" --workpath "$here/$work/work" "$here/packaging/routine-app.spec")
mv "$work/dist/routine-app" "$work/dist/$name"
cp LICENSE packaging/BUNDLE-README.txt "$work/dist/$name/"

mkdir -p dist
archive=dist/$name-linux-x86_64.tar.gz
tar -C "$work/dist" -czf "$archive" "$name"
unpacked_mb=$(du -sm --apparent-size "$work/dist/$name" | cut -f1)
packed_mb=$(du -sm --apparent-size "$archive" | cut -f1)
step "$archive: ${packed_mb} MB as tar.gz, ${unpacked_mb} MB unpacked (limit ${max_mb} MB)"
if [ "$unpacked_mb" -gt "$max_mb" ]; then
    echo "the bundle is larger than ${max_mb} MB unpacked" >&2
    exit 1
fi

if $check; then
    place=$(mktemp -d /tmp/routine-app-bundle-check.XXXXXX)
    trap 'rm -rf "$place"' EXIT
    tar -C "$place" -xzf "$archive"
    mkdir -p "$place/home"
    app=$place/$name/routine-app
    step "unpacked in $place: env -i routine-app --self-check"
    env -i HOME="$place/home" "$app" --self-check
    step "env -i routine-app routines list"
    listed=$(env -i HOME="$place/home" "$app" routines list)
    echo "$listed"
    count=$(echo "$listed" | wc -l)
    [ "$count" -ge 4 ] || { echo "routines list showed $count routines" >&2; exit 1; }
    step "env -i: log, then the window on the progress page (offscreen), then the report"
    env -i HOME="$place/home" "$app" log --back 4 --leg 6 --leg-side left --reaches thigh
    env -i HOME="$place/home" "$app" --smoke --view progress --screenshot "$place/progress.png"
    env -i HOME="$place/home" "$app" report -o "$place/report.pdf"
    step "bundle checked"
fi
