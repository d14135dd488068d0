"""Rebuild the step pictures in assets/images/ from short pose descriptions.

Usage: python scripts/make_images.py          write every picture (and the mirrored ones)
       python scripts/make_images.py --check  exit 1 if any file differs from the model

Every picture is drawn by the figure model in scripts/figure_model.py: a body with
thickness posed by joint angles, equipment drawn recognisably, the worked area in orange,
an arrow for the movement and the worked side's limbs in blue. A picture for one side
shows the LEFT side (the figure faces right); NAME-right.svg, its mirror image, shows
the right side, and the loader gives it to the right-side rounds of a step.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from figure_model import (
    FLOOR_Y,
    Picture,
    Pose,
    arrow,
    ball,
    chair,
    joints,
    reach_arm,
    reach_leg,
    roller,
    svg,
    table,
    target,
    turn_arrow,
    wall,
)

OUT = Path(__file__).resolve().parent.parent / "assets" / "images"
GROUND = FLOOR_Y - 4  # where an ankle rests when the foot is flat on the floor
LEFT_LEG = ("near_leg",)

# --- lying on the back (head to the left) ------------------------------------------------

BACK = Pose(pelvis=(118, 131), trunk=-90, neck=8, near_arm=(0, 0), far_arm=(0, 0))


def knees_bent(pose: Pose, near_x: float = 156, far_x: float = 162) -> Pose:
    pose = reach_leg(pose, "near_leg", (near_x, GROUND), bend=1)
    pose = reach_leg(pose, "far_leg", (far_x, GROUND), bend=1)
    return Pose(**{**pose.__dict__, "near_ankle": -25, "far_ankle": -25})


def lying_knees_bent() -> Picture:
    return Picture("Lying on the back, knees bent, feet flat on the floor", knees_bent(BACK))


def knee_to_chest() -> Picture:
    pose = knees_bent(BACK, far_x=160)
    pose = Pose(**{**pose.__dict__, "near_leg": (112, 128), "worked": LEFT_LEG})
    knee = joints(pose).legs["near_leg"][0]
    hold = (knee[0] + 5, knee[1] + 4)
    pose = reach_arm(pose, "near_arm", hold, bend=1)
    pose = reach_arm(pose, "far_arm", (hold[0] + 2, hold[1] - 2), bend=1)
    return Picture(
        "One knee hugged towards the chest, the other foot on the floor",
        pose,
        front=[
            target((pose.pelvis[0] - 16, pose.pelvis[1] + 2), 14, 8),
            *arrow((knee[0] + 22, knee[1] - 4), (knee[0] - 2, knee[1] - 20), bend=-8),
        ],
        sided=True,
    )


def both_knees() -> Picture:
    pose = Pose(**{**BACK.__dict__, "near_leg": (114, 126), "far_leg": (108, 122)})
    knee = joints(pose).legs["near_leg"][0]
    hold = (knee[0] + 5, knee[1] + 4)
    pose = reach_arm(pose, "near_arm", hold, bend=1)
    pose = reach_arm(pose, "far_arm", (hold[0] + 3, hold[1] - 2), bend=1)
    return Picture(
        "Both knees hugged towards the chest",
        pose,
        front=[
            target((pose.pelvis[0] - 16, pose.pelvis[1] + 2), 14, 8),
            *arrow((knee[0] + 22, knee[1] - 4), (knee[0] - 2, knee[1] - 20), bend=-8),
        ],
    )


def figure_four() -> Picture:
    pose = Pose(**{**BACK.__dict__, "far_leg": (95, 85), "worked": LEFT_LEG})
    far_knee = joints(pose).legs["far_leg"][0]
    pose = reach_leg(pose, "near_leg", (far_knee[0] + 4, far_knee[1] - 7), bend=1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -10})
    thigh_mid = ((pose.pelvis[0] + far_knee[0]) / 2 + 4, (pose.pelvis[1] + far_knee[1]) / 2)
    pose = reach_arm(pose, "near_arm", thigh_mid, bend=1)
    pose = reach_arm(pose, "far_arm", (thigh_mid[0] + 2, thigh_mid[1] - 3), bend=1)
    return Picture(
        "Figure-four: ankle crossed over the other knee, the thigh drawn in",
        pose,
        front=[
            target((pose.pelvis[0] + 4, pose.pelvis[1] + 1), 12, 9),
            *arrow(
                (far_knee[0] + 20, far_knee[1] - 12), (far_knee[0] - 8, far_knee[1] - 24), bend=-8
            ),
        ],
        sided=True,
    )


def knee_rolls() -> Picture:
    pose = knees_bent(BACK)
    knee = joints(pose).legs["near_leg"][0]
    return Picture(
        "Knees rolling slowly a little way to each side",
        pose,
        front=[
            *arrow((knee[0] - 22, knee[1] - 14), (knee[0] + 22, knee[1] - 14), bend=14, both=True)
        ],
    )


# --- foam roller and ball on the floor ---------------------------------------------------


def sitting_back(pelvis: tuple[float, float], trunk: float = -38, hands_x: float = 70) -> Pose:
    pose = Pose(pelvis=pelvis, trunk=trunk, neck=12)
    pose = reach_arm(pose, "near_arm", (hands_x, GROUND), bend=1)
    return reach_arm(pose, "far_arm", (hands_x - 6, GROUND), bend=1)


def roller_glutes() -> Picture:
    centre = (112.0, FLOOR_Y - 12)
    pose = sitting_back((centre[0] + 2, centre[1] - 20))
    pose = reach_leg(pose, "far_leg", (168, GROUND), bend=1)
    far_knee = joints(pose).legs["far_leg"][0]
    pose = reach_leg(pose, "near_leg", (far_knee[0] + 2, far_knee[1] - 8), bend=1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -20, "far_ankle": -30, "worked": LEFT_LEG})
    return Picture(
        "Sitting on a foam roller, ankle crossed over the other knee, leaning into that buttock",
        pose,
        behind=roller(centre),
        front=[
            target((pose.pelvis[0] - 2, pose.pelvis[1] + 8), 12, 8),
            *arrow((centre[0] - 30, centre[1] - 44), (centre[0] + 6, centre[1] - 44), both=True),
        ],
        sided=True,
    )


def roller_hamstrings() -> Picture:
    centre = (146.0, FLOOR_Y - 12)
    pose = sitting_back((102, FLOOR_Y - 24), trunk=-40, hands_x=66)
    pose = Pose(**{**pose.__dict__, "near_leg": (55, 4), "far_leg": (68, 100)})
    pose = reach_leg(pose, "far_leg", (160, GROUND), bend=1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -70, "far_ankle": -30, "worked": LEFT_LEG})
    knee = joints(pose).legs["near_leg"][0]
    mid = ((pose.pelvis[0] + knee[0]) / 2 + 6, (pose.pelvis[1] + knee[1]) / 2 + 2)
    return Picture(
        "Back of the thigh on a foam roller, hands behind, hips lifted a little",
        pose,
        behind=roller(centre),
        front=[
            target(mid, 15, 7),
            *arrow((mid[0] - 18, mid[1] - 22), (mid[0] + 18, mid[1] - 22), both=True),
        ],
        sided=True,
    )


def roller_outer_thigh() -> Picture:
    centre = (150.0, FLOOR_Y - 12)
    pose = Pose(pelvis=(122, 118), trunk=-72, neck=-10, near_leg=(18, 0), near_ankle=-75)
    shoulder = joints(pose).shoulder
    pose = reach_arm(pose, "near_arm", (shoulder[0] + 16, GROUND), bend=1)
    pose = reach_arm(pose, "far_arm", (shoulder[0] + 30, shoulder[1] + 10), bend=-1)
    pose = reach_leg(pose, "far_leg", (150, GROUND - 26), bend=1)
    pose = Pose(**{**pose.__dict__, "far_ankle": 10, "worked": LEFT_LEG})
    knee = joints(pose).legs["near_leg"][0]
    mid = ((pose.pelvis[0] + knee[0]) / 2 + 8, (pose.pelvis[1] + knee[1]) / 2 + 2)
    return Picture(
        "Lying on the side, the outer thigh on a foam roller, propped on the forearm",
        pose,
        behind=roller(centre),
        front=[
            target(mid, 15, 7),
            *arrow((mid[0] - 18, mid[1] - 24), (mid[0] + 18, mid[1] - 18), both=True),
        ],
        sided=True,
    )


def ball_floor() -> Picture:
    centre = (112.0, FLOOR_Y - 7)
    pose = sitting_back((centre[0] + 2, centre[1] - 17), trunk=-30, hands_x=76)
    pose = reach_leg(pose, "near_leg", (166, GROUND), bend=1)
    pose = reach_leg(pose, "far_leg", (172, GROUND), bend=1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -30, "far_ankle": -30, "worked": LEFT_LEG})
    return Picture(
        "Sitting on the floor with a tennis ball under the tender spot in the buttock",
        pose,
        front=[
            *ball(centre),
            target((centre[0], centre[1] - 6), 13, 8),
            *arrow((centre[0] + 26, centre[1] - 44), (centre[0] + 26, centre[1] - 18)),
        ],
        sided=True,
    )


# --- standing ----------------------------------------------------------------------------


def standing(x: float, trunk: float = 0.0, bend: float = 0.0, spread: float = 4.0) -> Pose:
    """Standing with the knees bent by about *bend* (0 = straight)."""
    height = 67.0 - bend
    pose = Pose(pelvis=(x, GROUND - height), trunk=trunk, neck=-trunk * 0.3)
    pose = reach_leg(pose, "near_leg", (x + spread, GROUND), bend=1)
    pose = reach_leg(pose, "far_leg", (x + spread - 6, GROUND), bend=1)
    return Pose(**{**pose.__dict__, "near_arm": (8, 14), "far_arm": (-6, 18)})


def ball_wall() -> Picture:
    face = 76.0
    pose = standing(face + 19, trunk=-6, bend=6, spread=18)
    pose = Pose(**{**pose.__dict__, "worked": LEFT_LEG})
    centre = (face + 6.5, pose.pelvis[1] - 2)
    shoulder = joints(pose).shoulder
    return Picture(
        "Back to a wall with a tennis ball between the wall and the buttock",
        pose,
        behind=wall(face),
        front=[
            *ball(centre),
            target((centre[0] + 6, centre[1]), 12, 10),
            *arrow((shoulder[0] + 46, shoulder[1] + 10), (shoulder[0] + 18, shoulder[1] + 10)),
        ],
        mat=False,
        sided=True,
    )


def walk() -> Picture:
    pose = standing(112, trunk=4)
    pose = reach_leg(pose, "near_leg", (128, GROUND), bend=1)
    pose = reach_leg(pose, "far_leg", (94, GROUND - 4), bend=1)
    pose = Pose(**{**pose.__dict__, "near_arm": (-22, 20), "far_arm": (24, 30), "far_ankle": 30})
    return Picture(
        "Walking at an easy pace",
        pose,
        front=arrow((150, 60), (196, 60)),
        mat=False,
    )


def standing_back_bend() -> Picture:
    pose = standing(116, trunk=-22)
    back = (pose.pelvis[0] - 12, pose.pelvis[1] - 10)
    pose = reach_arm(pose, "near_arm", back, bend=1)
    pose = reach_arm(pose, "far_arm", (back[0] + 2, back[1] - 3), bend=1)
    head = joints(pose).head
    return Picture(
        "Standing back bend: hands on the lower back, leaning back gently",
        pose,
        front=[
            target((pose.pelvis[0] - 8, pose.pelvis[1] - 12), 9, 12),
            *arrow((head[0] + 28, head[1] - 8), (head[0] - 14, head[1] - 18), bend=-10),
        ],
        mat=False,
    )


def standing_figure_four() -> Picture:
    pose = standing(112, trunk=24, bend=12, spread=6)
    far_knee = joints(pose).legs["far_leg"][0]
    pose = reach_leg(pose, "near_leg", (far_knee[0] + 4, far_knee[1] - 8), bend=1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -10, "worked": LEFT_LEG})
    pose = reach_arm(pose, "near_arm", (176, FLOOR_Y - 64), bend=-1)
    pose = reach_arm(pose, "far_arm", (180, FLOOR_Y - 66), bend=-1)
    return Picture(
        "Standing figure-four: hands on a counter, ankle on the other knee, sitting back a little",
        pose,
        behind=table(170),
        front=[
            target((pose.pelvis[0] - 6, pose.pelvis[1] + 2), 11, 10),
            *arrow(
                (pose.pelvis[0] - 14, pose.pelvis[1] - 26),
                (pose.pelvis[0] - 30, pose.pelvis[1] - 4),
                bend=-6,
            ),
        ],
        mat=False,
        sided=True,
    )


def hand_on_back(name: str, title: str, spot: tuple[float, float], mark: str) -> Picture:
    pose = standing(118, trunk=6)
    x, y = pose.pelvis
    place = (x + spot[0], y + spot[1])
    pose = reach_arm(pose, "near_arm", (place[0] - 2, place[1]), bend=1)
    if name == "hand-rub-back":
        pose = reach_arm(pose, "far_arm", (place[0] + 1, place[1] - 4), bend=1)
    else:
        pose = Pose(**{**pose.__dict__, "worked": ("near_arm",)})
    marks = (
        turn_arrow((place[0] - 22, place[1]), 8)
        if mark == "circles"
        else arrow((place[0] - 20, place[1] - 14), (place[0] - 20, place[1] + 12), both=True)
    )
    return Picture(
        title,
        pose,
        front=[target(place, 9, 11), *marks],
        mat=False,
        sided=name != "hand-rub-back",
    )


# --- seated on a chair -------------------------------------------------------------------

SEAT_Y = FLOOR_Y - 38.0


def seated(x: float, trunk: float = 0.0) -> Pose:
    pose = Pose(pelvis=(x, SEAT_Y - 9), trunk=trunk, neck=-trunk * 0.4)
    pose = reach_leg(pose, "near_leg", (x + 36, GROUND), bend=1)
    pose = reach_leg(pose, "far_leg", (x + 32, GROUND), bend=1)
    return Pose(**{**pose.__dict__, "near_arm": (28, 50), "far_arm": (24, 54)})


def on_chair(pose: Pose, back: bool = True) -> list[str]:
    return chair((pose.pelvis[0] + 6, SEAT_Y), back=back)


def seated_tall() -> Picture:
    pose = seated(100)
    head = joints(pose).head
    return Picture(
        "Sitting tall on a sturdy chair, feet flat",
        pose,
        behind=on_chair(pose),
        front=arrow((head[0], head[1] - 14), (head[0], head[1] - 34)),
        mat=False,
    )


def seated_figure_four() -> Picture:
    pose = seated(96, trunk=22)
    far_knee = joints(pose).legs["far_leg"][0]
    pose = reach_leg(pose, "near_leg", (far_knee[0] + 5, far_knee[1] - 8), bend=1)
    near_knee = joints(pose).legs["near_leg"][0]
    pose = reach_arm(pose, "near_arm", (near_knee[0] + 2, near_knee[1] + 2), bend=-1)
    pose = reach_arm(pose, "far_arm", (far_knee[0] + 8, far_knee[1] - 6), bend=-1)
    pose = Pose(**{**pose.__dict__, "near_ankle": -10, "worked": LEFT_LEG})
    shoulder = joints(pose).shoulder
    return Picture(
        "Seated figure-four: ankle on the other knee, hinging forward with a straight back",
        pose,
        behind=on_chair(pose),
        front=[
            target((pose.pelvis[0] - 2, pose.pelvis[1] + 1), 12, 9),
            *arrow(
                (shoulder[0] - 8, shoulder[1] - 24), (shoulder[0] + 20, shoulder[1] - 10), bend=-8
            ),
        ],
        mat=False,
        sided=True,
    )


def seated_ball_chair() -> Picture:
    pose = seated(106, trunk=-6)
    pose = Pose(**{**pose.__dict__, "worked": LEFT_LEG})
    rear = pose.pelvis[0] + 6 - 22
    centre = (rear + 8.5, pose.pelvis[1] - 12)
    shoulder = joints(pose).shoulder
    return Picture(
        "Sitting with a tennis ball between the chair back and the upper buttock",
        pose,
        behind=chair((pose.pelvis[0] + 6, SEAT_Y)),
        front=[
            *ball(centre),
            target((centre[0] + 5, centre[1] + 1), 11, 10),
            *arrow((shoulder[0] + 40, shoulder[1] + 4), (shoulder[0] + 14, shoulder[1] + 4)),
        ],
        mat=False,
        sided=True,
    )


def seated_knee_hug() -> Picture:
    pose = seated(100, trunk=4)
    pose = Pose(**{**pose.__dict__, "near_leg": (128, 118), "worked": LEFT_LEG})
    knee = joints(pose).legs["near_leg"][0]
    hold = (knee[0] + 2, knee[1] + 8)
    pose = reach_arm(pose, "near_arm", hold, bend=-1)
    pose = reach_arm(pose, "far_arm", (hold[0] + 2, hold[1] - 3), bend=-1)
    return Picture(
        "Seated knee hug: one knee drawn gently towards the chest",
        pose,
        behind=on_chair(pose),
        front=[
            target((pose.pelvis[0] - 10, pose.pelvis[1] - 10), 9, 12),
            *arrow((knee[0] + 24, knee[1] + 10), (knee[0] + 14, knee[1] - 16), bend=-6),
        ],
        mat=False,
        sided=True,
    )


PICTURES: dict[str, Callable[[], Picture]] = {
    "lying-knees-bent": lying_knees_bent,
    "knee-to-chest": knee_to_chest,
    "both-knees": both_knees,
    "figure-four": figure_four,
    "knee-rolls": knee_rolls,
    "roller-glutes": roller_glutes,
    "roller-hamstrings": roller_hamstrings,
    "roller-outer-thigh": roller_outer_thigh,
    "ball-wall": ball_wall,
    "ball-floor": ball_floor,
    "seated-tall": seated_tall,
    "seated-figure-four": seated_figure_four,
    "seated-ball-chair": seated_ball_chair,
    "seated-knee-hug": seated_knee_hug,
    "walk": walk,
    "standing-back-bend": standing_back_bend,
    "standing-figure-four": standing_figure_four,
    "hand-rub-back": lambda: hand_on_back(
        "hand-rub-back",
        "Both palms rubbing the muscles beside the lower spine",
        (-14, -16),
        "strokes",
    ),
    "hand-circles-back": lambda: hand_on_back(
        "hand-circles-back",
        "Fingertips making small slow circles beside the lower spine",
        (-14, -18),
        "circles",
    ),
    "hand-knead-buttock": lambda: hand_on_back(
        "hand-knead-buttock",
        "Knuckles kneading the buttock in small circles",
        (-12, 4),
        "circles",
    ),
}


#: Poses that leave the card half empty are enlarged about (centre x, floor).
ZOOM = {
    "lying-knees-bent": (1.45, 112),
    "knee-to-chest": (1.45, 112),
    "both-knees": (1.45, 112),
    "figure-four": (1.45, 112),
    "knee-rolls": (1.45, 112),
    "roller-glutes": (1.3, 118),
    "roller-hamstrings": (1.3, 122),
    "roller-outer-thigh": (1.3, 124),
    "ball-floor": (1.3, 122),
}


def rendered() -> dict[str, str]:
    """Every file name and its SVG text: each picture, and its mirror when it has a side."""
    files = {}
    for name, make in PICTURES.items():
        picture = make()
        if name in ZOOM:
            picture = replace(picture, zoom=ZOOM[name][0], centre_x=ZOOM[name][1])
        files[f"{name}.svg"] = svg(picture)
        if picture.sided:
            files[f"{name}-right.svg"] = svg(picture, mirrored=True)
    return files


def main(argv: list[str]) -> int:
    files = rendered()
    if "--check" in argv:
        stale = [
            name
            for name, text in files.items()
            if not (OUT / name).is_file() or (OUT / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            print(f"assets/images/{name} differs from the figure model", file=sys.stderr)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"{len(files)} pictures written to assets/images/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
