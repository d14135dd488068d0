"""Print the README's quick-start command NAME (packages, run or test), as written.

CI runs what this prints, so the README cannot drift from what works.
Usage: python3 scripts/readme_commands.py NAME [README.md]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BLOCK = re.compile(r"<!-- quick-start:(?P<name>[a-z]+) -->\n```sh\n(?P<body>.*?)```", re.S)


def commands(readme: str) -> dict[str, str]:
    return {m["name"]: m["body"].strip() for m in BLOCK.finditer(readme)}


def main(argv: list[str]) -> int:
    name = argv[1]
    readme = Path(argv[2] if len(argv) > 2 else Path(__file__).parent.parent / "README.md")
    found = commands(readme.read_text(encoding="utf-8"))
    if name not in found:
        print(f"README has no quick-start:{name} block (has: {', '.join(found)})", file=sys.stderr)
        return 1
    print(found[name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
