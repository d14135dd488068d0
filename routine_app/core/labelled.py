"""Enumerations whose members carry their label for people.

A member is written ``NAME = "value", N_("Label")``: the value is what files and the
journal store, the label what people read, marked for translation and translated when
read (``member.label``), in the language installed by then. One pattern instead of a
``label`` property with its own lookup table in every enumeration.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from routine_app.i18n import _


class Labelled(StrEnum):
    """A StrEnum whose members are ``value, label`` pairs; the member equals its value."""

    _value_: str
    _label: str

    # The label's default only lets type checkers accept lookups by value (Kind("stretch")),
    # which Enum answers without calling __new__; every member gives a label.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        """The label in the language in force."""
        return _(self._label)
