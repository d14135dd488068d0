#!/usr/bin/env bash
# Runs inside the minbase root (see ci-minbase.sh): the README's blocks, verbatim.
set -euo pipefail
start=$SECONDS
step() { printf '[inside  %4ss] %s\n' "$((SECONDS - start))" "$*"; }
cd /root/routine-app

step "README packages: $(cat /root/quick-start-packages.sh | cut -c1-60)..."
apt-get update -qq
bash -e /root/quick-start-packages.sh >/root/apt.log 2>&1 || { tail -20 /root/apt.log; exit 1; }

# The run command ends by opening the window, which runs until closed. With no display
# here, it runs offscreen; it passes once the window is up (the journal is created) and
# still running a few seconds later.
step "README run: $(cat /root/quick-start-run.sh)"
journal=/root/.local/share/SciaticaRoutines/routine-app/journal.sqlite3
QT_QPA_PLATFORM=offscreen setsid bash -e /root/quick-start-run.sh >/root/run.log 2>&1 &
app=$!
until [ -e "$journal" ] || ! kill -0 "$app" 2>/dev/null; do sleep 1; done
sleep 3
if ! kill -0 "$app" 2>/dev/null; then
    tail -30 /root/run.log
    echo "the README's run command did not keep the window open" >&2
    exit 1
fi
kill -- -"$app"
wait "$app" 2>/dev/null || true
step "the window opened and stayed open"

step "README test: $(cat /root/quick-start-test.sh)"
if ! bash -e /root/quick-start-test.sh >/root/test.log 2>&1; then
    sed -n '/= FAILURES =/,$p' /root/test.log | tail -200
    tail -20 /root/test.log
    exit 1
fi
tail -3 /root/test.log

app=/root/.venvs/routine-app/bin/routine-app
step "routine-app --smoke (no display: offscreen)"
"$app" --smoke
if "$app" --help | grep -q -- --self-check; then
    step "routine-app --self-check"
    "$app" --self-check
fi
step "terminal commands"
"$app" routines list | sed -n 1,3p
"$app" log --back 2 --leg 4 --leg-side right --reaches below-knee
"$app" journal check
step "window without a display: one clear line, exit 1"
if out=$("$app" 2>&1); then echo "expected exit 1" >&2; exit 1; fi
echo "$out"
[ "$(echo "$out" | wc -l)" -eq 1 ]
