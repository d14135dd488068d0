"""The German catalogues are complete and current, and the committed .mo files match.

Extraction is re-run here exactly as scripts/translations.sh runs it; a text added to
the code or to a bundled routine without a German translation fails this test.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "routine_app" / "locale"
LANGUAGES = sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES").is_dir())
DOMAINS = {
    "routine_app": ["-F", "babel.cfg", "-k", "N_", "-k", "pN_:1c,2"],
    "routines": ["-F", "babel-routines.cfg"],
}


def _extract(domain: str, tmp_path: Path) -> Catalog:
    out = tmp_path / f"{domain}.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "-q", "extract"]
    subprocess.run(
        [*command, *DOMAINS[domain], "--no-location", "-o", str(out), "."],
        cwd=ROOT,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    with out.open("rb") as file:
        return read_po(file)


def _po(language: str, domain: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
        return read_po(file)


def _key(message: object) -> tuple[object, object]:
    return getattr(message, "context", None), getattr(message, "id", None)


def test_german_is_a_language() -> None:
    assert "de" in LANGUAGES


@pytest.mark.parametrize("domain", sorted(DOMAINS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_extracted_text_is_translated(language: str, domain: str, tmp_path: Path) -> None:
    fresh = _extract(domain, tmp_path)
    catalogue = _po(language, domain)
    assert len([m for m in fresh if m.id]) > 100  # the extraction found the texts
    missing = []
    for message in fresh:
        if not message.id:
            continue
        found = catalogue.get(message.id, message.context)
        strings = found.string if found is not None else None
        done = (
            found is not None
            and not found.fuzzy
            and (all(strings) if isinstance(strings, tuple) else bool(strings))
        )
        if not done:
            missing.append(_key(message))
    assert missing == [], (
        f"{len(missing)} texts lack a {language} translation in {domain}.po; run "
        "scripts/translations.sh and translate them (docs/translating.md)"
    )


@pytest.mark.parametrize("domain", sorted(DOMAINS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_mo_matches_po(language: str, domain: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _po(language, domain))
    committed = (LOCALE / language / "LC_MESSAGES" / f"{domain}.mo").read_bytes()
    assert committed == compiled.getvalue(), "run scripts/translations.sh to rebuild the .mo"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    """Every {name} of the English text appears in the translation (the app formats them)."""
    import re

    field = re.compile(r"\{(\w*)[^{}]*\}")
    catalogue = _po(language, "routine_app")
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(field.findall(ids[-1]))
        for string in strings:
            got = set(field.findall(string))
            # a translation may leave a field out only when the English form does too
            assert got <= wanted | {"d", "mm", "m"}, (message.id, string)
            assert wanted - got <= {"mon", "dd", "count"}, (message.id, string)
