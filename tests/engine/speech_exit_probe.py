"""Run by tests/engine/test_speech.py in a subprocess: start speech against a fake
speech-dispatcher, let the daemon fall silent while the engine speaks, and quit. The
process must exit (it used to hang in PySide's clean-up)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from routine_app.engine.speech import Speech, Status
from tests.engine.test_speech import FakeDaemon


def main(socket_path: Path) -> None:
    daemon = FakeDaemon(socket_path, replies=None)
    os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{socket_path}"
    app = QCoreApplication(sys.argv[:1])
    speech = Speech(timeout=20, engines=["speechd"])

    def changed() -> None:
        print(speech.status.name, speech.problem, flush=True)
        if speech.status is Status.READY:
            daemon.silent.set()  # from now on the daemon never answers
            speech.say("Knee to chest, left side")
            print("stuck in say", flush=True)
            QTimer.singleShot(500, app.quit)
        else:
            app.quit()

    speech.changed.connect(changed)
    speech.start()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
