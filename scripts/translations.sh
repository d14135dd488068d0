#!/usr/bin/env bash
# Keep the gettext catalogues of the Qt-free layers and the bundled routines up to date:
#   scripts/translations.sh            extract the templates, merge them into every
#                                      language's .po, compile the .mo files
#   scripts/translations.sh init LANG  start a new language (then translate its .po files)
# Needs Babel (in the test extra). Qt's .ts/.qm: scripts/qt-translations.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
locale=routine_app/locale
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
pybabel -q extract -F babel.cfg -k N_ -k pN_:1c,2 -c Translators: --no-location --sort-output \
    --project "Sciatica Routines" -o "$locale/routine_app.pot" .
pybabel -q extract -F babel-routines.cfg --no-location \
    --project "Sciatica Routines" -o "$locale/routines.pot" .
if [ "${1:-}" = init ]; then
    for domain in routine_app routines; do
        pybabel -q init -D "$domain" -i "$locale/$domain.pot" -d "$locale" -l "$2"
    done
fi
for domain in routine_app routines; do
    pybabel -q update --no-fuzzy-matching --ignore-obsolete -D "$domain" \
        -i "$locale/$domain.pot" -d "$locale"
    pybabel -q compile --statistics -D "$domain" -d "$locale"
done
