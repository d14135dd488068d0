"""Filling the ``%1``, ``%2`` placeholders of a translated text, as ``QString.arg`` does.

PySide6 has no ``QString``; ``arg(self.tr("Saved %1 of %2"), done, total)`` replaces
every placeholder in one pass, so a value that itself contains ``%2`` stays as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%(\d)")


def escape(text: str, quote: bool = True) -> str:
    """*text* safe inside rich text: what ``html.escape`` does, without loading the
    ``html`` module at start (its table of entity names costs ~1.7 MiB resident)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def arg(text: str, *values: object) -> str:
    """TEXT with ``%1`` replaced by the first value, ``%2`` by the second, and so on."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class TextContext:
    """A translation context for texts outside any widget, named after the subclass.

    ``Charts.tr("%n days", "", n)`` reads like a widget's ``self.tr`` and lupdate sees
    it the same way (context ``Charts``, with plural forms), where
    ``QCoreApplication.translate`` with a count is silently left out by lupdate.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
