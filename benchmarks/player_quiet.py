"""How quietly the player plays: voluntary context switches (wake-ups) and CPU time of
the app while it plays a routine, against a bare countdown (a QLabel updated by a 1 s
``Qt.PreciseTimer``) running at the same time, both read from /proc/PID/task/*.

Usage: python benchmarks/player_quiet.py [--seconds 30] [--mode visible|hidden|minimised]
       [--before DIR]   (also play from another checkout at the same time)
Goals: switches at most 1.5x the countdown's; CPU at most 3x and under 0.5 %; with the
window hidden or minimised, no display work (the engine's deadline timer only).
Qt's platform is QT_QPA_PLATFORM (offscreen when unset).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from routine_app.app import GuiOptions, build_window, configure_application
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.core.settings import Scheme
from routine_app.ui.common.theme import apply_theme

configure_application()
app = QApplication([])
apply_theme(app, Scheme.LIGHT)
QSettings().setValue(SAFETY_ACKNOWLEDGED.key, True)
window, _ = build_window(GuiOptions(data_dir=Path(sys.argv[1]), play="foam-roller"))
window.show()
mode = sys.argv[2]
if mode == "hidden":
    window.hide()
elif mode == "minimised":
    window.showMinimized()
app.processEvents()
print("ready", flush=True)
app.exec()
"""

COUNTDOWN = """
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("10:00")
label.resize(400, 200)
label.show()
left = [600]

def tick():
    left[0] -= 1
    label.setText(f"{left[0] // 60:02d}:{left[0] % 60:02d}")

timer = QTimer()
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.setInterval(1000)
timer.timeout.connect(tick)
timer.start()
print("ready", flush=True)
app.exec()
"""

TICKS = os.sysconf("SC_CLK_TCK")


def sample(pid: int) -> tuple[int, float]:
    """Voluntary context switches summed over the process's threads, and its CPU seconds."""
    switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except FileNotFoundError:
            continue  # a thread that just ended
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                switches += int(line.split()[1])
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime, all threads
    return switches, cpu


def start(code: str, *args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=env["PYTHONPATH"],
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        process.kill()
        raise SystemExit("a child failed to start")
    return process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=8.0, help="past the lead-in")
    parser.add_argument("--mode", choices=("visible", "hidden", "minimised"), default="visible")
    parser.add_argument("--before", type=Path, help="also play from this checkout, alongside")
    args = parser.parse_args()
    sources = [ROOT] if args.before is None else [args.before.resolve(), ROOT]
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
            "PYTHONPATH": str(ROOT),
        }
        children: dict[str, subprocess.Popen[str]] = {}
        for number, source in enumerate(sources):
            data = Path(folder) / f"data{number}"
            data.mkdir()
            app_env = {**env, "PYTHONPATH": str(source)}
            children[f"app from {source}"] = start(APP, str(data), args.mode, env=app_env)
        children["countdown"] = start(COUNTDOWN, env=env)
        try:
            time.sleep(args.warmup)
            first = {name: sample(p.pid) for name, p in children.items()}
            time.sleep(args.seconds)
            last = {name: sample(p.pid) for name, p in children.items()}
        finally:
            for process in children.values():
                process.kill()
                process.wait()
    seconds = args.seconds
    switches = {n: last[n][0] - first[n][0] for n in children}
    cpu = {n: last[n][1] - first[n][1] for n in children}
    print(f"playing a routine ({args.mode} window) beside a bare countdown, {seconds:.0f} s")
    for name in children:
        print(
            f"  {name}: {switches[name]} voluntary context switches "
            f"({switches[name] / seconds:.1f}/s), CPU {cpu[name]:.2f} s "
            f"({100 * cpu[name] / seconds:.2f} %)"
        )
    bare_sw, bare_cpu = switches["countdown"], cpu["countdown"]
    for name in children:
        if name == "countdown":
            continue
        ratio = cpu[name] / bare_cpu if bare_cpu else float("inf")
        print(
            f"  {name}: switches / countdown {switches[name] / max(1, bare_sw):.2f} "
            f"(goal: at most 1.5); CPU / countdown {ratio:.2f} (goal: at most 3, "
            "and under 0.5 %)"
        )
    print(f"  (CPU is counted in 1/{TICKS} s ticks)")


if __name__ == "__main__":
    main()
