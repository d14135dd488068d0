#!/usr/bin/env bash
# Keep Qt's translation sources of the window up to date:
#   scripts/qt-translations.sh         re-extract every tr() text of ui/ and engine/ into
#                                      each routine_app/locale/qt/routine_app_LANG.ts
#                                      (new texts arrive "unfinished"), then build the .qm
#   scripts/qt-translations.sh LANG    also start a .ts for a new language
# English is the source language: its .ts holds only the texts that count something
# ("%n step(s)"), whose singular and plural forms it gives.
# Translate the .ts files with Qt Linguist (pyside6-linguist) or any TS editor.
set -euo pipefail
cd "$(dirname "$0")/.."
qt=routine_app/locale/qt
sources=(routine_app/ui/*.py routine_app/ui/*/*.py routine_app/engine/*.py routine_app/app.py)
if [ -n "${1:-}" ] && [ ! -f "$qt/routine_app_$1.ts" ]; then
    pyside6-lupdate "${sources[@]}" -source-language en -target-language "$1" \
        -no-obsolete -locations none -ts "$qt/routine_app_$1.ts"
fi
for ts in "$qt"/routine_app_*.ts; do
    only=()
    [ "$ts" = "$qt/routine_app_en.ts" ] && only=(-pluralonly -source-language en -target-language en)
    pyside6-lupdate "${sources[@]}" "${only[@]}" -no-obsolete -locations none -ts "$ts"
    pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
