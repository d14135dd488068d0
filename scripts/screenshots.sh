#!/usr/bin/env bash
# Regenerate the README screenshots from the real app, offscreen, with an empty data folder.
# Usage: scripts/screenshots.sh   (after `python3 -m pip install .`)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen
for page in library; do
    python3 -m routine_app --data-dir "$data" --smoke --view "$page" \
        --screenshot "docs/screenshots/$page.png"
    echo "docs/screenshots/$page.png"
done
