"""Reading untrusted YAML into nodes that remember where they came from.

Only a safe loader is used, and before any node is built the event stream is
checked: no aliases or anchors (so no "billion laughs"), no tags other than
YAML's plain scalar and collection tags (so nothing constructs Python objects),
and a bounded nesting depth (so nothing recurses deeply). Sizes are capped
before parsing and text must be UTF-8.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from routine_app.i18n import _

try:  # libyaml's C parser is ~20x faster; PyYAML wheels ship it.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32

_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
)


@dataclass(frozen=True, slots=True)
class YamlError(Exception):
    """Why a document could not be read at all, and where (1-based)."""

    line: int
    column: int
    message: str


def compose(data: bytes) -> yaml.Node | None:
    """Parse *data* into a node tree, or raise :class:`YamlError`.

    Returns ``None`` for a document with no content (empty or only comments).
    """
    if len(data) > MAX_BYTES:
        raise YamlError(
            1,
            1,
            _("file is too large ({size} bytes; the limit is {limit} bytes)").format(
                size=f"{len(data):,}", limit=f"{MAX_BYTES:,}"
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlError(line, column, _("file is not valid UTF-8 text")) from exc
    if "\x00" in text:
        raise YamlError(1, 1, _("file contains NUL bytes; it is not a text file"))
    try:
        _check_events(text)
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(
            line, column, _("not valid YAML: {problem}").format(problem=exc.problem or exc)
        ) from exc
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, _("not valid YAML: {problem}").format(problem=exc)) from exc


def _check_events(text: str) -> None:
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=_Loader):
        mark = event.start_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlError(*where, _("a routine file holds one YAML document, not several"))
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlError(*where, _("YAML anchors and aliases (&, *) are not allowed"))
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _ALLOWED_TAGS and tag != "!":
            raise YamlError(*where, _("YAML tag {tag} is not allowed").format(tag=repr(tag)))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(
                    *where,
                    _("document is nested too deeply (over {limit})").format(limit=MAX_DEPTH),
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def scalar_value(node: yaml.ScalarNode) -> object:
    """The plain Python value of a scalar node (str, int, float, bool or None)."""
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value
