"""Rebuild the step illustrations in assets/images/ (simple side-view stick figures).

Usage: python scripts/make_images.py
Each pose is a few joints joined by strokes; the area being worked is marked with an
orange dot and equipment is drawn in teal, so every picture reads the same way.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "images"
INK, TARGET, KIT, FLOOR = "#2f3338", "#d9822b", "#2f6f6a", "#9aa0a6"

Point = tuple[float, float]


def line(*points: Point, width: float = 7, colour: str = INK, opacity: float = 1.0) -> str:
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:g} {y:g}" for i, (x, y) in enumerate(points))
    return (
        f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="{width}" '
        f'stroke-linecap="round" stroke-linejoin="round" opacity="{opacity}"/>'
    )


def circle(centre: Point, radius: float, fill: str = INK, stroke: str = "none") -> str:
    x, y = centre
    return (
        f'<circle cx="{x:g}" cy="{y:g}" r="{radius:g}" fill="{fill}" stroke="{stroke}" '
        'stroke-width="3"/>'
    )


def picture(title: str, *parts: str) -> str:
    body = "\n  ".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" '
        f'viewBox="0 0 240 160">\n  <title>{title}</title>\n'
        f'  <rect x="0" y="0" width="240" height="160" rx="12" fill="#f4f1ec"/>\n'
        f"  {line((10, 134), (230, 134), width=3, colour=FLOOR)}\n  {body}\n</svg>\n"
    )


def lying(*legs: str, arms: str | None = None) -> list[str]:
    head, shoulder, hip = (30, 116), (44, 124), (110, 126)
    return [
        circle(head, 10),
        line(shoulder, hip),
        arms or line((48, 126), (92, 128), width=6),
        *legs,
    ]


def bent_leg(knee: Point = (140, 96), foot: Point = (168, 128), opacity: float = 1.0) -> str:
    return line((110, 126), knee, foot, opacity=opacity)


IMAGES = {
    "lying-knees-bent": ("Lying on the back, knees bent, feet flat", lying(bent_leg())),
    "knee-to-chest": (
        "One knee hugged towards the chest",
        lying(
            bent_leg(opacity=0.35),
            line((110, 126), (88, 92), (116, 88)),
            circle((104, 120), 6, TARGET),
            arms=line((48, 122), (86, 96), width=6),
        ),
    ),
    "both-knees": (
        "Both knees hugged towards the chest",
        lying(
            line((110, 126), (86, 90), (114, 84)),
            line((110, 126), (92, 94), (120, 90), opacity=0.5),
            circle((104, 120), 6, TARGET),
            arms=line((48, 122), (84, 94), width=6),
        ),
    ),
    "figure-four": (
        "Figure-four: ankle crossed over the other knee, thigh drawn in",
        lying(
            line((110, 126), (104, 82), (138, 72)),
            line((110, 126), (140, 100), (106, 86)),
            circle((114, 118), 6, TARGET),
            arms=line((48, 122), (100, 88), width=6),
        ),
    ),
    "knee-rolls": (
        "Knees rolling gently from side to side",
        lying(
            bent_leg((136, 94)),
            bent_leg((146, 100), opacity=0.35),
            '<path d="M120 70 Q140 56 160 70" fill="none" stroke="#2f6f6a" stroke-width="3" '
            'marker-end="none"/>',
        ),
    ),
    "roller-glutes": (
        "Sitting on a foam roller, ankle crossed over the knee",
        [
            circle((100, 120), 13, KIT),
            circle((62, 48), 10),
            line((68, 58), (100, 104)),
            line((74, 70), (52, 130), width=6),
            line((100, 104), (142, 88), (160, 130)),
            line((100, 104), (140, 86), (118, 78), opacity=0.6),
            circle((102, 106), 6, TARGET),
        ],
    ),
    "roller-hamstrings": (
        "Back of the thigh resting on a foam roller",
        [
            circle((140, 122), 11, KIT),
            circle((58, 52), 10),
            line((62, 62), (84, 112)),
            line((66, 72), (46, 130), width=6),
            line((84, 112), (140, 110), (196, 116)),
            circle((120, 108), 6, TARGET),
        ],
    ),
    "roller-outer-thigh": (
        "Lying on the side, outer thigh on a foam roller",
        [
            circle((150, 122), 11, KIT),
            circle((36, 78), 10),
            line((46, 88), (108, 106)),
            line((52, 92), (58, 130), (82, 130), width=6),
            line((108, 106), (150, 110), (204, 126)),
            line((108, 106), (128, 96), (140, 130), opacity=0.6),
            circle((140, 108), 6, TARGET),
        ],
    ),
    "ball-wall": (
        "Back to a wall with a tennis ball behind the buttock",
        [
            line((60, 14), (60, 134), width=5, colour=FLOOR),
            circle((76, 24), 10),
            line((77, 36), (80, 90)),
            line((80, 90), (100, 110), (94, 132)),
            line((78, 50), (90, 82), width=6),
            circle((68, 92), 7, KIT),
            circle((80, 96), 5, TARGET),
        ],
    ),
    "ball-floor": (
        "Sitting on the floor with a tennis ball under the buttock",
        [
            circle((100, 126), 7, KIT),
            circle((70, 52), 10),
            line((74, 62), (100, 112)),
            line((80, 74), (60, 130), width=6),
            line((100, 112), (140, 88), (166, 130)),
            circle((108, 114), 5, TARGET),
        ],
    ),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (title, parts) in IMAGES.items():
        (OUT / f"{name}.svg").write_text(picture(title, *parts), encoding="utf-8")
        print(f"assets/images/{name}.svg")


if __name__ == "__main__":
    main()
