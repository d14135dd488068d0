"""Loading and validating routine files (format versions 1 and 2).

The loader reads a file with :mod:`routine_app.core.safeyaml`, checks every
rule of ``docs/routine-format.md`` and either returns an immutable
:class:`Routine` or raises :class:`RoutineError` listing every problem found,
each pointing at the offending YAML node.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import yaml

from routine_app.core.durations import DurationError, parse_duration
from routine_app.core.problems import Problem, RoutineError
from routine_app.core.routine import Intensity, Kind, Position, Routine, Side, Step
from routine_app.core.safeyaml import YamlError, compose, scalar_value
from routine_app.i18n import N_, _

FORMAT_VERSION = 2
MIN_STEP_SECONDS = 1.0
MAX_STEP_SECONDS = 3600.0
MAX_ROUTINE_SECONDS = 2 * 3600.0
MAX_REPS = 100
MAX_TEXT = 4000
ID_RE = re.compile(r"^[a-z0-9-]+$")
MAX_ID = 64

TOP_KEYS_V1 = ("format", "id", "title", "summary", "kind", "equipment", "cautions", "steps")
STEP_KEYS_V1 = ("name", "instructions", "duration", "sides", "reps", "rest", "image", "say")
#: Keys format 2 added; a format 1 file using one is told to say ``format: 2``.
TOP_KEYS_V2 = ("position", "intensity", "gentle_version", "evidence")
STEP_KEYS_V2 = ("caution", "alternate")
TOP_KEYS = TOP_KEYS_V1 + TOP_KEYS_V2
STEP_KEYS = STEP_KEYS_V1 + STEP_KEYS_V2
#: The picture for the right side of a step sits beside its picture with this suffix.
MIRROR_SUFFIX = "-right"

#: What format 2 added, for ``routine-app validate`` to explain to format 1 files.
FORMAT_2_CHANGES = N_(
    "format 2 adds 'position' (floor, seated or standing; required), 'intensity' "
    "(regular or gentle), 'gentle_version' (the id of the flare-day version), 'evidence' "
    "(what is known and how strongly) and, per step, 'caution' (shown on that step) and "
    "'alternate: true' (sides take turns rep by rep); format 1 files keep working unchanged"
)

T = TypeVar("T")


class _Collector:
    """Gathers problems for one file while validation continues past each one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.version = FORMAT_VERSION

    def add(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))


def load_routine_file(
    path: Path, *, asset_dirs: Sequence[Path] = (), bundled: bool = False
) -> Routine:
    """Load and validate the routine file at *path*; raise :class:`RoutineError` if invalid."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = Problem(
            path, 1, 1, _("cannot read file: {reason}").format(reason=exc.strerror or exc)
        )
        raise RoutineError([problem]) from exc
    return load_routine_bytes(data, path, asset_dirs=asset_dirs, bundled=bundled)


def load_routine_bytes(
    data: bytes, path: Path, *, asset_dirs: Sequence[Path] = (), bundled: bool = False
) -> Routine:
    """Validate routine file contents *data*, reported as coming from *path*."""
    try:
        root = compose(data)
    except YamlError as exc:
        raise RoutineError([Problem(path, exc.line, exc.column, exc.message)]) from None
    if root is None:
        raise RoutineError(
            [
                Problem(
                    path,
                    1,
                    1,
                    _("file is empty; a routine needs format, id, title, summary, kind and steps"),
                )
            ]
        )
    out = _Collector(path)
    routine = _read_routine(root, out, path, tuple(asset_dirs), bundled)
    if out.problems or routine is None:
        raise RoutineError(out.problems or [Problem(path, 1, 1, _("routine is invalid"))])
    return routine


def _mapping(
    node: yaml.Node, out: _Collector, what: str, allowed: Sequence[str]
) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
    """Read a mapping node into ``{key: (key_node, value_node)}``, reporting key problems."""
    if not isinstance(node, yaml.MappingNode):
        out.add(node, _("{what} must be a mapping of keys to values").format(what=what))
        return None
    result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            out.add(key_node, _("keys in {what} must be plain names").format(what=what))
            continue
        if key in result:
            out.add(key_node, _("duplicate key {key} in {what}").format(key=repr(key), what=what))
            continue
        if key in TOP_KEYS_V2 + STEP_KEYS_V2 and key in allowed and out.version < 2:
            out.add(
                key_node,
                _(
                    "key {key} needs format 2; this file says 'format: {version}' "
                    "(change it to 'format: 2' and add 'position')"
                ).format(key=repr(key), version=out.version),
            )
            continue
        if key not in allowed:
            out.add(key_node, _unknown_key_message(key, what, allowed))
            continue
        result[key] = (key_node, value_node)
    return result


def _unknown_key_message(key: str, what: str, allowed: Sequence[str]) -> str:
    import difflib  # only for a mistyped key, not at every start

    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return _("unknown key {key} in {what}; did you mean {close}?").format(
            key=repr(key), what=what, close=repr(close[0])
        )
    return _("unknown key {key} in {what} (allowed: {allowed})").format(
        key=repr(key), what=what, allowed=", ".join(allowed)
    )


def _text_problem(problem: str, item: bool) -> str:
    """The wording of a text problem, for a field or for an item of a list field."""
    if problem == "not text":
        return _("each item of {field} must be text") if item else _("{field} must be text")
    if problem == "empty":
        if item:
            return _("each item of {field} must not be empty")
        return _("{field} must not be empty")
    if item:
        return _("each item of {field} is too long ({length} characters; the limit is {limit})")
    return _("{field} is too long ({length} characters; the limit is {limit})")


def _text(node: yaml.Node, out: _Collector, field: str, *, item: bool = False) -> str | None:
    """A non-empty text value; numbers and other scalars are read as written."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
        out.add(node, _text_problem("not text", item).format(field=field))
        return None
    text = str(node.value).strip()
    if not text:
        out.add(node, _text_problem("empty", item).format(field=field))
        return None
    if len(text) > MAX_TEXT:
        too_long = _text_problem("too long", item)
        out.add(node, too_long.format(field=field, length=len(text), limit=MAX_TEXT))
        return None
    return text


def _text_list(node: yaml.Node, out: _Collector, field: str) -> tuple[str, ...] | None:
    if not isinstance(node, yaml.SequenceNode):
        out.add(node, _("{field} must be a list of text items").format(field=field))
        return None
    items = [_text(item, out, field, item=True) for item in node.value]
    return tuple(i for i in items if i is not None) if None not in items else None


def _required(
    fields: dict[str, tuple[yaml.Node, yaml.Node]],
    parent: yaml.Node,
    out: _Collector,
    key: str,
    what: str,
    read: Callable[[yaml.Node], T | None],
) -> T | None:
    if key not in fields:
        out.add(parent, _("{what} is missing required key {key}").format(what=what, key=repr(key)))
        return None
    return read(fields[key][1])


def _read_routine(
    root: yaml.Node, out: _Collector, path: Path, asset_dirs: tuple[Path, ...], bundled: bool
) -> Routine | None:
    if isinstance(root, yaml.MappingNode) and not _check_format(root, out):
        return None
    the_routine = _("the routine")
    fields = _mapping(root, out, the_routine, TOP_KEYS)
    if fields is None:
        return None

    def req_text(key: str) -> str | None:
        return _required(fields, root, out, key, the_routine, lambda n: _text(n, out, key))

    routine_id = _required(fields, root, out, "id", the_routine, lambda n: _read_id(n, out))
    title = req_text("title")
    summary = req_text("summary")
    kind = _required(fields, root, out, "kind", the_routine, lambda n: _read_kind(n, out))
    equipment = (
        _text_list(fields["equipment"][1], out, "equipment") if "equipment" in fields else ()
    )
    cautions = _text_list(fields["cautions"][1], out, "cautions") if "cautions" in fields else ()
    extra = _read_v2_fields(fields, root, out)
    steps = _required(
        fields,
        root,
        out,
        "steps",
        the_routine,
        lambda n: _read_steps(n, out, path.parent, asset_dirs),
    )
    if None in (routine_id, title, summary, kind, equipment, cautions, steps, extra):
        return None
    assert extra is not None
    position, intensity, gentle_version, evidence = extra
    if gentle_version is not None and gentle_version == routine_id:
        out.add(fields["gentle_version"][1], _("gentle_version must name another routine"))
        return None
    assert routine_id and title and summary and kind and steps is not None
    assert equipment is not None and cautions is not None
    routine = Routine(
        id=routine_id,
        title=title,
        summary=summary,
        kind=kind,
        steps=steps,
        equipment=equipment,
        cautions=cautions,
        source=path,
        bundled=bundled,
        position=position,
        intensity=intensity,
        gentle_version=gentle_version,
        evidence=evidence,
        format=out.version,
        id_position=_position(fields["id"][1]),
    )
    if routine.total_duration > MAX_ROUTINE_SECONDS:
        out.add(
            fields["steps"][1],
            _(
                "routine takes {minutes} min in total with sides, reps and rests; the limit "
                "is {limit} min"
            ).format(
                minutes=f"{routine.total_duration / 60:.0f}",
                limit=f"{MAX_ROUTINE_SECONDS / 60:.0f}",
            ),
        )
        return None
    return routine


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_V2 = tuple[Position | None, Intensity, str | None, str | None]


def _read_v2_fields(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], root: yaml.Node, out: _Collector
) -> _V2 | None:
    """Position, intensity, gentle version and evidence (format 2; defaults for format 1)."""
    if out.version < 2:
        return None, Intensity.REGULAR, None, None
    position = _required(
        fields,
        root,
        out,
        "position",
        _("the routine"),
        lambda n: _read_choice(n, out, "position", Position),
    )
    intensity = (
        _read_choice(fields["intensity"][1], out, "intensity", Intensity)
        if "intensity" in fields
        else Intensity.REGULAR
    )
    gentle = _read_id(fields["gentle_version"][1], out) if "gentle_version" in fields else ""
    evidence = _text(fields["evidence"][1], out, "evidence") if "evidence" in fields else ""
    if position is None or intensity is None or gentle is None or evidence is None:
        return None
    return position, intensity, gentle or None, evidence or None


E = TypeVar("E", Position, Intensity)


def _read_choice(node: yaml.Node, out: _Collector, field: str, choices: type[E]) -> E | None:
    text = _text(node, out, field)
    if text is None:
        return None
    try:
        return choices(text)
    except ValueError:
        names = ", ".join(repr(c.value) for c in choices)
        out.add(
            node,
            _("{field} must be one of {names}, not {text}").format(
                field=field, names=names, text=repr(text)
            ),
        )
        return None


def _check_format(root: yaml.MappingNode, out: _Collector) -> bool:
    """Check ``format`` first; return False when the rest of the file cannot be judged.

    A file from a newer app may use keys this version does not know, so a newer
    format is reported alone, not buried under "unknown key" problems.
    """
    node = next((v for k, v in root.value if getattr(k, "value", None) == "format"), None)
    if node is None:
        out.add(
            root,
            _("the routine is missing required key 'format' (use 'format: {version}')").format(
                version=FORMAT_VERSION
            ),
        )
        return True
    value = scalar_value(node) if isinstance(node, yaml.ScalarNode) else None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        out.add(
            node,
            _("format must be a whole number such as {version}").format(version=FORMAT_VERSION),
        )
        return True
    out.version = value
    if value > FORMAT_VERSION:
        out.add(
            node,
            _(
                "format {value} is newer than this version of Sciatica Routines understands "
                "(up to {version}); update the app to use this file"
            ).format(value=value, version=FORMAT_VERSION),
        )
        return False
    return True


def _read_id(node: yaml.Node, out: _Collector) -> str | None:
    text = _text(node, out, "id")
    if text is None:
        return None
    if not ID_RE.match(text) or len(text) > MAX_ID:
        out.add(
            node,
            _(
                "id {id} must use only lowercase letters, digits and '-' (at most {limit} "
                "characters), e.g. 'my-morning-stretch'"
            ).format(id=repr(text), limit=MAX_ID),
        )
        return None
    return text


def _read_kind(node: yaml.Node, out: _Collector) -> Kind | None:
    text = _text(node, out, "kind")
    if text is None:
        return None
    try:
        return Kind(text)
    except ValueError:
        out.add(
            node, _("kind must be 'self-massage' or 'stretch', not {text}").format(text=repr(text))
        )
        return None


def _read_steps(
    node: yaml.Node, out: _Collector, folder: Path, asset_dirs: tuple[Path, ...]
) -> tuple[Step, ...] | None:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        out.add(node, _("steps must be a non-empty list of steps"))
        return None
    steps = [
        _read_step(item, index, out, folder, asset_dirs)
        for index, item in enumerate(node.value, start=1)
    ]
    return tuple(s for s in steps if s is not None) if None not in steps else None


def _read_step(
    node: yaml.Node, index: int, out: _Collector, folder: Path, asset_dirs: tuple[Path, ...]
) -> Step | None:
    what = _("step {number}").format(number=index)
    fields = _mapping(node, out, what, STEP_KEYS)
    if fields is None:
        return None
    name = _required(fields, node, out, "name", what, lambda n: _text(n, out, "name"))
    instructions = _required(
        fields, node, out, "instructions", what, lambda n: _text(n, out, "instructions")
    )
    duration = _required(
        fields,
        node,
        out,
        "duration",
        what,
        lambda n: _read_duration(n, out, "duration", MIN_STEP_SECONDS),
    )
    sides = _read_sides(fields["sides"][1], out) if "sides" in fields else ()
    reps = _read_reps(fields["reps"][1], out) if "reps" in fields else 1
    rest = _read_duration(fields["rest"][1], out, "rest", 0.0) if "rest" in fields else 0.0
    image = _read_image(fields["image"][1], out, folder, asset_dirs) if "image" in fields else None
    say = _text(fields["say"][1], out, "say") if "say" in fields else None
    caution = _text(fields["caution"][1], out, "caution") if "caution" in fields else None
    alternate = _read_alternate(fields, sides, out) if "alternate" in fields else False
    problems = (name, instructions, duration, sides, reps, rest, alternate)
    optional = (("image", image), ("say", say), ("caution", caution))
    if None in problems or any(key in fields and value is None for key, value in optional):
        return None
    assert name and instructions and duration is not None and sides is not None
    assert reps is not None and rest is not None and alternate is not None
    return Step(
        name=name,
        instructions=instructions,
        duration=duration,
        sides=sides,
        reps=reps,
        rest=rest,
        image=image,
        say=say,
        caution=caution,
        alternate=alternate,
        image_right=_mirror_of(image) if sides else None,
    )


def _read_alternate(
    fields: dict[str, tuple[yaml.Node, yaml.Node]],
    sides: tuple[Side, ...] | None,
    out: _Collector,
) -> bool | None:
    node = fields["alternate"][1]
    value = scalar_value(node) if isinstance(node, yaml.ScalarNode) else None
    if not isinstance(value, bool):
        out.add(node, _("alternate must be true or false"))
        return None
    if value and sides == ():
        out.add(node, _("alternate: true needs sides, e.g. 'sides: [left, right]'"))
        return None
    return value


def _mirror_of(image: Path | None) -> Path | None:
    """``NAME-right.svg`` beside *image*, when it exists: the picture for the right side."""
    if image is None:
        return None
    mirror = image.with_name(f"{image.stem}{MIRROR_SUFFIX}{image.suffix}")
    try:
        return mirror if mirror.is_file() else None
    except OSError:
        return None


def _read_duration(node: yaml.Node, out: _Collector, field: str, minimum: float) -> float | None:
    if not isinstance(node, yaml.ScalarNode):
        out.add(
            node, _("{field} must be a duration such as 45, 45s, 2m or 1m30s").format(field=field)
        )
        return None
    value = scalar_value(node)
    try:
        seconds = parse_duration(value)
    except DurationError as exc:
        out.add(node, _("{field}: {problem}").format(field=field, problem=exc))
        return None
    if seconds < minimum or seconds > MAX_STEP_SECONDS:
        low = f"{minimum:g} s" if minimum else "0 s"
        out.add(
            node,
            _("{field} must be between {low} and 1 h, not {seconds} s").format(
                field=field, low=low, seconds=f"{seconds:g}"
            ),
        )
        return None
    return seconds


def _read_sides(node: yaml.Node, out: _Collector) -> tuple[Side, ...] | None:
    allowed = ([Side.LEFT.value, Side.RIGHT.value], [Side.RIGHT.value, Side.LEFT.value])
    values = (
        [item.value for item in node.value if isinstance(item, yaml.ScalarNode)]
        if isinstance(node, yaml.SequenceNode)
        else None
    )
    if values not in allowed:
        out.add(node, _("sides must be [left, right] or [right, left]"))
        return None
    assert values is not None
    return tuple(Side(v) for v in values)


def _read_reps(node: yaml.Node, out: _Collector) -> int | None:
    value = scalar_value(node) if isinstance(node, yaml.ScalarNode) else None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_REPS:
        out.add(node, _("reps must be a whole number from 1 to {limit}").format(limit=MAX_REPS))
        return None
    return value


def _read_image(
    node: yaml.Node, out: _Collector, folder: Path, asset_dirs: tuple[Path, ...]
) -> Path | None:
    text = _text(node, out, "image")
    if text is None:
        return None
    for base in (folder, *asset_dirs):
        candidate = base / text
        try:
            if candidate.is_file():
                return candidate.resolve()
        except (OSError, ValueError):
            continue
    searched = ", ".join(str(b) for b in (folder, *asset_dirs))
    out.add(
        node,
        _("image file {name} not found (looked in {searched})").format(
            name=repr(text), searched=searched
        ),
    )
    return None
