#!/usr/bin/env bash
# Regenerate the screenshots from the real app, offscreen, with made-up demo data:
#   docs/screenshots/*.png        the README's pictures (1100x720, light)
#   docs/screenshots/sizes/*.png  every page, the player's stages and floor mode, at
#                                 800x600 and 1920x1080, light and dark
# Usage: scripts/screenshots.sh   (from a checkout, with PySide6 installed)
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
for size in 800x600 1920x1080; do
    for theme in light dark; do
        # Floor mode fills the screen: give the offscreen screen the picture's size.
        config="$data/screen-$size.json"
        printf '{"screens":[{"name":"s","x":0,"y":0,"width":%s,"height":%s,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]}' \
            "${size%x*}" "${size#*x}" >"$config"
        QT_QPA_PLATFORM="offscreen:configfile=$config" \
            python3 scripts/page_screenshots.py "$data" docs/screenshots/sizes "$size" "$theme" \
            2>/dev/null
    done
done
