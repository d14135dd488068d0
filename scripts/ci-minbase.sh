#!/usr/bin/env bash
# Prove the README's quick start on a bare Debian 12: build a `debootstrap
# --variant=minbase` root with only python3, copy this checkout in, and run the README's
# own three blocks (taken from README.md, not retyped) inside it as a new user would,
# then `--smoke`, `--self-check` and terminal commands. Needs root and debootstrap.
# Prints the time of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
root=$(mktemp -d /tmp/routine-app-minbase.XXXXXX)
chmod 755 "$root" # it becomes /: users such as apt's _apt must enter it
start=$SECONDS
step() { printf '[minbase %4ss] %s\n' "$((SECONDS - start))" "$*"; }

cleanup() {
    for m in root/.cache/pip dev/pts dev proc sys; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    if [ -n "${KEEP_MINBASE_ROOT:-}" ]; then echo "kept $root"; else rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

step "debootstrap --variant=minbase bookworm (python3 only)"
# debootstrap's own default mirror, unless DEBIAN_MIRROR names another.
debootstrap --variant=minbase --include=python3 bookworm "$root" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} \
    >"$root.log" 2>&1 \
    || { tail -20 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine's network settings, as resolv.conf: where TLS is inspected by a proxy, its
# certificate authority (pip's PIP_CERT here) must be trusted inside the root too.
host_ca=${PIP_CERT:-${SSL_CERT_FILE:-}}
network_env=()
if [ -n "$host_ca" ] && [ -f "$host_ca" ]; then
    cp "$host_ca" "$root/etc/host-ca.crt"
    network_env+=(PIP_CERT=/etc/host-ca.crt SSL_CERT_FILE=/etc/host-ca.crt)
fi
for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!var:-}" ] && network_env+=("$var=${!var}")
done
# Downloads are cached across runs on one machine (pip's own cache, nothing else shared).
mkdir -p "$root/root/.cache/pip" "${HOME:-/root}/.cache/pip"
mount --bind "${HOME:-/root}/.cache/pip" "$root/root/.cache/pip"
# The README says `sudo apt-get install ...`: we are root here and minbase has no sudo;
# apt answers yes (no one is there to type it) and leaves out recommended packages, so
# the package line must be complete on its own.
printf '#!/bin/sh\nexec "$@"\n' >"$root/usr/local/bin/sudo"
chmod +x "$root/usr/local/bin/sudo"
printf 'APT::Get::Assume-Yes "true";\nAPT::Install-Recommends "false";\n' \
    >"$root/etc/apt/apt.conf.d/90routine-app-ci"

mkdir -p "$root/root/routine-app"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$root/root/routine-app"
for name in packages run test; do
    python3 scripts/readme_commands.py "$name" >"$root/root/quick-start-$name.sh"
done
cp scripts/ci-minbase-inside.sh "$root/root/inside.sh"

step "inside the root: the README's commands"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "${network_env[@]}" bash /root/inside.sh
step "done"
cd "$here"
