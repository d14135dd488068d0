"""A small figure model for the step pictures: a body with thickness, posed by joint angles.

The body is seen from the side, facing right, so its LEFT side is towards the viewer
(the "near" limbs); the far limbs are drawn behind in a lighter shade. A picture is a
pose plus equipment, a highlighted target area and a movement arrow. The mirror image
(facing left, right side towards the viewer) is the same drawing flipped, which is how
the picture for the other side is made.

Angles are in degrees. ``trunk`` leans the whole body forward from upright (-90 lies on
the back with the head to the left, 90 lies face down). Hip and shoulder flexion turn the
thigh or arm forward from the line of the trunk; knee flexion turns the shin back from
the thigh, elbow flexion turns the forearm forward; ``neck`` nods the head forward.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

WIDTH, HEIGHT = 240, 160
FLOOR_Y = 146.0

CARD = "#f6f3ee"
OUTLINE = "#26313b"
BODY = "#5d6f82"
FAR = "#aab6c2"
WORKED = "#0a7bbd"
WORKED_FAR = "#8cc4e6"
TARGET = "#ff7a00"
ARROW = "#222222"
FLOOR = "#8f969d"
MAT = "#d9d2c5"
ROLLER = "#7e57c2"
ROLLER_END = "#b39ddb"
BALL = "#cfe02a"
WOOD = "#9c6b45"
WALL = "#c9c2b8"
GENERATOR = "Drawn by scripts/figure_model.py from a pose"

Point = tuple[float, float]

# Segment lengths and half-widths (radii) at each end, in picture units.
TORSO, NECK, HEAD_R = 40.0, 6.0, 9.5
THIGH, SHIN, FOOT = 34.0, 33.0, 11.0
UPPER_ARM, FOREARM = 24.0, 22.0


def direction(angle: float) -> Point:
    """Unit vector: 0 points down, 90 forward (right), 180 up, 270 back (left)."""
    rad = math.radians(angle)
    return math.sin(rad), math.cos(rad)


def along(start: Point, angle: float, length: float) -> Point:
    dx, dy = direction(angle)
    return start[0] + dx * length, start[1] + dy * length


@dataclass(frozen=True)
class Pose:
    """Where the hip joint is and the angles of every joint (see the module docstring)."""

    pelvis: Point
    trunk: float = 0.0
    neck: float = 0.0
    near_leg: tuple[float, float] = (0.0, 0.0)  # hip flexion, knee flexion
    far_leg: tuple[float, float] = (0.0, 0.0)
    near_arm: tuple[float, float] = (0.0, 0.0)  # shoulder flexion, elbow flexion
    far_arm: tuple[float, float] = (0.0, 0.0)
    near_ankle: float = 0.0
    far_ankle: float = 0.0
    #: Limbs drawn in the worked-side colour: "near_leg", "far_leg", "near_arm", "far_arm".
    worked: tuple[str, ...] = ()


@dataclass(frozen=True)
class Joints:
    pelvis: Point
    shoulder: Point
    head: Point
    neck_top: Point
    legs: dict[str, tuple[Point, Point, Point]]  # knee, ankle, toe
    arms: dict[str, tuple[Point, Point]]  # elbow, wrist


def joints(pose: Pose) -> Joints:
    """Forward kinematics: every joint's position from the pose's angles."""
    t = pose.trunk
    shoulder = along(pose.pelvis, 180 - t, TORSO)
    neck_top = along(shoulder, 180 - t - pose.neck, NECK)
    head = along(shoulder, 180 - t - pose.neck, NECK + HEAD_R)
    legs = {}
    for name, (hip, knee_flex), ankle in (
        ("near_leg", pose.near_leg, pose.near_ankle),
        ("far_leg", pose.far_leg, pose.far_ankle),
    ):
        knee = along(pose.pelvis, -t + hip, THIGH)
        ankle_at = along(knee, -t + hip - knee_flex, SHIN)
        toe = along(ankle_at, -t + hip - knee_flex + 90 + ankle, FOOT)
        legs[name] = (knee, ankle_at, toe)
    arms = {}
    for name, (flex, elbow_flex) in (("near_arm", pose.near_arm), ("far_arm", pose.far_arm)):
        elbow = along(shoulder, -t + flex, UPPER_ARM)
        arms[name] = (elbow, along(elbow, -t + flex + elbow_flex, FOREARM))
    return Joints(pose.pelvis, shoulder, head, neck_top, legs, arms)


def angle_of(start: Point, end: Point) -> float:
    """The :func:`direction` angle pointing from *start* to *end*."""
    return math.degrees(math.atan2(end[0] - start[0], end[1] - start[1]))


def two_bone(
    base: Point, goal: Point, first: float, second: float, bend: int
) -> tuple[float, float]:
    """Global angles of two bones from *base* reaching *goal* (as far as they can).

    *bend* (+1 or -1) chooses on which side the middle joint (knee, elbow) sticks out.
    """
    dist = min(math.dist(base, goal), first + second - 0.01)
    dist = max(dist, abs(first - second) + 0.01)
    cos_a = (first * first + dist * dist - second * second) / (2 * first * dist)
    a1 = angle_of(base, goal) + bend * math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    middle = along(base, a1, first)
    return a1, angle_of(middle, goal)


def reach_leg(pose: Pose, name: str, ankle: Point, bend: int = 1) -> Pose:
    """*pose* with the leg *name* ("near_leg"/"far_leg") bent so its ankle is at *ankle*."""
    a1, a2 = two_bone(pose.pelvis, ankle, THIGH, SHIN, bend)
    hip = a1 + pose.trunk
    return replace(pose, **{name: (hip, a1 - a2)})


def reach_arm(pose: Pose, name: str, wrist: Point, bend: int = -1) -> Pose:
    """*pose* with the arm *name* ("near_arm"/"far_arm") bent so its wrist is at *wrist*."""
    shoulder = joints(pose).shoulder
    a1, a2 = two_bone(shoulder, wrist, UPPER_ARM, FOREARM, bend)
    return replace(pose, **{name: (a1 + pose.trunk, a2 - a1)})


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def capsule(a: Point, b: Point, ra: float, rb: float, fill: str, stroke: str = OUTLINE) -> str:
    """A rounded limb from *a* (radius *ra*) to *b* (radius *rb*)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    p1 = (a[0] + nx * ra, a[1] + ny * ra)
    p2 = (b[0] + nx * rb, b[1] + ny * rb)
    p3 = (b[0] - nx * rb, b[1] - ny * rb)
    p4 = (a[0] - nx * ra, a[1] - ny * ra)
    d = (
        f"M{_f(p1[0])} {_f(p1[1])} L{_f(p2[0])} {_f(p2[1])} "
        f"A{_f(rb)} {_f(rb)} 0 0 0 {_f(p3[0])} {_f(p3[1])} "
        f"L{_f(p4[0])} {_f(p4[1])} A{_f(ra)} {_f(ra)} 0 0 0 {_f(p1[0])} {_f(p1[1])} Z"
    )
    return f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'


def circle(
    centre: Point, radius: float, fill: str, stroke: str = OUTLINE, width: float = 1.6
) -> str:
    return (
        f'<circle cx="{_f(centre[0])}" cy="{_f(centre[1])}" r="{_f(radius)}" fill="{fill}" '
        f'stroke="{stroke}" stroke-width="{_f(width)}"/>'
    )


def _leg(j: Joints, name: str, fill: str) -> list[str]:
    knee, ankle, toe = j.legs[name]
    return [
        capsule(ankle, toe, 4.2, 3.2, fill),
        capsule(knee, ankle, 6.4, 4.6, fill),
        capsule(j.pelvis, knee, 9.0, 6.6, fill),
    ]


def _arm(j: Joints, name: str, fill: str) -> list[str]:
    elbow, wrist = j.arms[name]
    return [
        capsule(elbow, wrist, 4.2, 3.6, fill),
        circle(wrist, 4.4, fill),
        capsule(j.shoulder, elbow, 5.4, 4.4, fill),
    ]


def figure(pose: Pose) -> list[str]:
    """The body, far limbs first, then trunk and head, then the near limbs on top."""
    j = joints(pose)

    def colour(limb: str) -> str:
        near = limb.startswith("near")
        if limb in pose.worked:
            return WORKED if near else WORKED_FAR
        return BODY if near else FAR

    parts = [*_arm(j, "far_arm", colour("far_arm")), *_leg(j, "far_leg", colour("far_leg"))]
    parts.append(capsule(j.pelvis, j.shoulder, 12.0, 12.5, BODY))
    parts.append(capsule(j.shoulder, j.neck_top, 4.6, 4.6, BODY))
    parts.append(circle(j.head, HEAD_R, BODY))
    # The nose shows which way the face looks.
    parts.append(circle(along(j.head, 90 - pose.trunk - pose.neck, HEAD_R), 2.6, BODY, width=1.2))
    parts += _leg(j, "near_leg", colour("near_leg"))
    parts += _arm(j, "near_arm", colour("near_arm"))
    return parts


# --- equipment and marks ---------------------------------------------------------------


def floor(mat: bool = True) -> list[str]:
    parts = []
    if mat:
        parts.append(
            f'<rect x="14" y="{_f(FLOOR_Y - 3)}" width="212" height="5" rx="2.5" fill="{MAT}"/>'
        )
    parts.append(
        f'<path d="M8 {_f(FLOOR_Y + 2)} H232" stroke="{FLOOR}" stroke-width="2.5" '
        'stroke-linecap="round"/>'
    )
    return parts


def roller(centre: Point, radius: float = 11.0) -> list[str]:
    """A foam roller seen end-on: a cylinder drawn with depth, its near end face showing."""
    cx, cy = centre
    depth = (7.0, -5.0)
    back = (cx + depth[0], cy + depth[1])
    body = (
        f"M{_f(cx)} {_f(cy - radius)} L{_f(back[0])} {_f(back[1] - radius)} "
        f"A{_f(radius)} {_f(radius)} 0 0 1 {_f(back[0])} {_f(back[1] + radius)} "
        f"L{_f(cx)} {_f(cy + radius)} Z"
    )
    return [
        f'<path d="{body}" fill="{ROLLER}" stroke="{OUTLINE}" stroke-width="1.6"/>',
        circle(back, radius, ROLLER),
        circle(centre, radius, ROLLER_END),
        circle(centre, radius * 0.45, ROLLER, width=1.2),
    ]


def ball(centre: Point, radius: float = 7.0) -> list[str]:
    """A tennis ball: yellow-green with its white seam."""
    cx, cy = centre
    r = radius
    seam = (
        f"M{_f(cx - r * 0.95)} {_f(cy - r * 0.3)} Q{_f(cx)} {_f(cy + r * 0.45)} "
        f"{_f(cx + r * 0.95)} {_f(cy - r * 0.3)}"
    )
    return [
        circle(centre, r, BALL),
        f'<path d="{seam}" fill="none" stroke="#ffffff" stroke-width="1.6"/>',
    ]


def chair(seat: Point, facing_right: bool = True, back: bool = True) -> list[str]:
    """A plain chair: *seat* is the middle of the seat's top; the back is behind the sitter."""
    x, y = seat
    s = 1 if facing_right else -1
    front, rear = x + 20 * s, x - 20 * s
    parts = [
        f'<path d="M{_f(front - 2 * s)} {_f(y + 4)} V{_f(FLOOR_Y + 1)} M{_f(rear + 2 * s)} '
        f'{_f(y + 4)} V{_f(FLOOR_Y + 1)}" stroke="{WOOD}" stroke-width="4" '
        'stroke-linecap="round"/>',
        f'<rect x="{_f(min(front, rear))}" y="{_f(y)}" width="40" height="6" rx="2" '
        f'fill="{WOOD}" stroke="{OUTLINE}" stroke-width="1.2"/>',
    ]
    if back:
        parts.append(
            f'<rect x="{_f(rear - 2 * s - 2.5)}" y="{_f(y - 52)}" width="5" height="54" '
            f'rx="2" fill="{WOOD}" stroke="{OUTLINE}" stroke-width="1.2"/>'
        )
    return parts


def wall(x: float) -> list[str]:
    """A wall standing on the floor, its face at *x*, drawn to the left of it."""
    hatch = " ".join(
        f"M{_f(x - 12)} {_f(y + 12)} L{_f(x)} {_f(y)}" for y in range(14, int(FLOOR_Y), 14)
    )
    return [
        f'<rect x="{_f(x - 12)}" y="8" width="12" height="{_f(FLOOR_Y - 6)}" fill="{WALL}"/>',
        f'<path d="{hatch}" stroke="#a49b8e" stroke-width="1.2"/>',
        f'<path d="M{_f(x)} 8 V{_f(FLOOR_Y + 2)}" stroke="{OUTLINE}" stroke-width="2"/>',
    ]


def table(x: float, height: float = 62.0) -> list[str]:
    """A counter or table edge at *x* (its top is *height* above the floor)."""
    top = FLOOR_Y - height
    return [
        f'<rect x="{_f(x)}" y="{_f(top)}" width="{_f(WIDTH - x - 6)}" height="7" rx="2" '
        f'fill="{WOOD}" stroke="{OUTLINE}" stroke-width="1.2"/>',
        f'<path d="M{_f(x + 8)} {_f(top + 7)} V{_f(FLOOR_Y + 1)}" stroke="{WOOD}" '
        'stroke-width="4" stroke-linecap="round"/>',
    ]


def target(centre: Point, rx: float = 11.0, ry: float = 9.0) -> str:
    """The area being worked: a soft orange patch with a dashed edge."""
    return (
        f'<ellipse cx="{_f(centre[0])}" cy="{_f(centre[1])}" rx="{_f(rx)}" ry="{_f(ry)}" '
        f'fill="{TARGET}" fill-opacity="0.55" stroke="{TARGET}" stroke-width="2" '
        'stroke-dasharray="4 2.5"/>'
    )


def _head(tip: Point, towards: Point) -> str:
    dx, dy = tip[0] - towards[0], tip[1] - towards[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    size = 8.0
    base = (tip[0] - ux * size, tip[1] - uy * size)
    left = (base[0] - uy * size * 0.6, base[1] + ux * size * 0.6)
    right = (base[0] + uy * size * 0.6, base[1] - ux * size * 0.6)
    return (
        f'<path d="M{_f(tip[0])} {_f(tip[1])} L{_f(left[0])} {_f(left[1])} '
        f'L{_f(right[0])} {_f(right[1])} Z" fill="{ARROW}"/>'
    )


def arrow(start: Point, end: Point, bend: float = 0.0, both: bool = False) -> list[str]:
    """A movement arrow from *start* to *end*, bowed sideways by *bend*; *both* = to and fro."""
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    control = (mx - dy / length * bend, my + dx / length * bend)

    # Stop the line short of the tips so the heads stay sharp.
    def short(tip: Point) -> Point:
        vx, vy = tip[0] - control[0], tip[1] - control[1]
        size = math.hypot(vx, vy) or 1.0
        return tip[0] - vx / size * 6, tip[1] - vy / size * 6

    a = short(start) if both else start
    b = short(end)
    halo = (
        f'<path d="M{_f(a[0])} {_f(a[1])} Q{_f(control[0])} {_f(control[1])} {_f(b[0])} '
        f'{_f(b[1])}" fill="none" stroke="{CARD}" stroke-width="7" stroke-linecap="round"/>'
    )
    line = halo.replace(f'stroke="{CARD}" stroke-width="7"', f'stroke="{ARROW}" stroke-width="3.2"')
    parts = [halo, line, _head(end, control)]
    if both:
        parts.append(_head(start, control))
    return parts


def turn_arrow(centre: Point, radius: float = 10.0) -> list[str]:
    """Small circles (massage): three quarters of a circle with a head."""
    cx, cy = centre
    start = (cx + radius, cy)
    end = (cx, cy - radius)
    d = (
        f"M{_f(start[0])} {_f(start[1])} A{_f(radius)} {_f(radius)} 0 1 1 "
        f"{_f(end[0] + 0.01)} {_f(end[1])}"
    )
    return [
        f'<path d="{d}" fill="none" stroke="{CARD}" stroke-width="6.5" stroke-linecap="round"/>',
        f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="2.8" stroke-linecap="round"/>',
        _head((end[0] + 5, end[1]), (end[0] - 5, end[1] - 0.5)),
    ]


# --- whole pictures ----------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """One step picture: a title, a pose, and what goes behind and in front of the body."""

    title: str
    pose: Pose
    behind: list[str] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    mat: bool = True
    #: Whether one side is worked (the mirrored picture is then made for the other side).
    sided: bool = False
    #: Enlarge the drawing about (*centre_x*, the floor), so small poses fill the card.
    zoom: float = 1.0
    centre_x: float = WIDTH / 2


def svg(picture: Picture, mirrored: bool = False) -> str:
    """The picture as SVG; *mirrored* flips it so the right side faces the viewer."""
    body = [*picture.behind, *figure(picture.pose), *picture.front]
    drawing = "\n      ".join(body)
    z, cx = picture.zoom, picture.centre_x
    scale = (
        f"translate({_f(WIDTH / 2)} {_f(FLOOR_Y)}) scale({z:g}) translate({_f(-cx)} {_f(-FLOOR_Y)})"
    )
    ground = "\n    ".join(floor(picture.mat))
    flip = f' transform="translate({WIDTH} 0) scale(-1 1)"' if mirrored else ""
    title = picture.title
    label = ""
    if picture.sided:
        side = "Right side" if mirrored else "Left side"
        title = f"{title} ({side.lower()})"
        x = WIDTH - 8 if not mirrored else 8
        anchor = "end" if not mirrored else "start"
        label = (
            f'\n  <text x="{x}" y="22" text-anchor="{anchor}" font-family="sans-serif" '
            f'font-size="15" font-weight="bold" fill="{WORKED}">{side}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">\n'
        f"  <title>{title}</title>\n  <desc>{GENERATOR}</desc>\n"
        f'  <rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" rx="12" fill="{CARD}"/>\n'
        f'  <g{flip}>\n    {ground}\n    <g transform="{scale}">\n      {drawing}\n    </g>\n'
        f"  </g>{label}\n</svg>\n"
    )
