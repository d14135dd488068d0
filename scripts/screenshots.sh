#!/usr/bin/env bash
# Regenerate the README screenshots from the real app, offscreen, with made-up demo data.
# Usage: scripts/screenshots.sh   (after `python3 -m pip install .`)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen PYTHONPATH="$PWD" XDG_CONFIG_HOME="$data/config"
python3 scripts/demo_journal.py "$data"
for page in library journal progress; do
    python3 -m routine_app --data-dir "$data" --smoke --view "$page" \
        --screenshot "docs/screenshots/$page.png" 2>/dev/null
    echo "docs/screenshots/$page.png"
done
python3 scripts/player_screenshot.py "$data" docs/screenshots/player.png
echo docs/screenshots/player.png
