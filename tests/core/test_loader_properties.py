"""Property-based: whatever is done to a valid file, the loader answers with its own error."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routine_app.core.loader import load_routine_bytes
from routine_app.core.problems import RoutineError
from routine_app.core.routine import Routine
from tests.conftest import BUNDLED, VALID_ROUTINE

SOURCES = [VALID_ROUTINE.encode(), *(p.read_bytes() for p in BUNDLED)]
SOURCE = Path("mutated.yaml")

YAML_BITS = st.sampled_from(
    [
        b":",
        b"-",
        b" ",
        b"\n",
        b"[",
        b"]",
        b"{",
        b"}",
        b"&a",
        b"*a",
        b"!!python/name:os.system",
        b"!!binary",
        b"'",
        b'"',
        b"#",
        b"0",
        b"-1",
        b"1e999",
        b"~",
        b"yes",
        b"\t",
        b"\xff",
        b"\x00",
        b"duraton",
        b"sides",
        b"reps",
        b"2h",
        b"format: 2",
        b"---",
        b"? ",
        b"|",
        b">",
        b"%YAML 1.2",
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SOURCES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        if action == "insert":
            data[at:at] = draw(YAML_BITS | st.binary(max_size=8))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "replace":
            data[at : at + 1] = draw(YAML_BITS)
        else:
            del data[at:]
    return bytes(data)


def check(data: bytes) -> None:
    try:
        routine = load_routine_bytes(data, SOURCE)
    except RoutineError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
        return
    assert isinstance(routine, Routine)
    assert routine.steps and 0 < routine.total_duration <= 7200


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutations_of_valid_files_only_raise_routine_error(data: bytes) -> None:
    check(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_raise_routine_error(data: bytes) -> None:
    check(data)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_arbitrary_yaml_documents_only_raise_routine_error(value: object) -> None:
    check(yaml.safe_dump(value, allow_unicode=True).encode())
