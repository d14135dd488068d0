"""The message for a file the user asked for that could not be written.

It names that file, never the temporary file it is written through first
(``store.files.private_output``: ``r.pdf.partial-24226-b9ff0511``), and says why in
words that fit any file (the journal's own advice in ``store.errors`` speaks of the
journal and its folder).
"""

from __future__ import annotations

import errno
from pathlib import Path

from routine_app.i18n import N_, _

_REASONS = {
    errno.ENOENT: N_("the folder {folder} does not exist"),
    errno.ENOTDIR: N_("{folder} is not a folder"),
    errno.EACCES: N_("you do not have permission to write in {folder}"),
    errno.EPERM: N_("you do not have permission to write in {folder}"),
    errno.EROFS: N_("{folder} is on a read-only disk"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk is full"),
    errno.EFBIG: N_("the file would be larger than the disk or your file size limit allows"),
    errno.EISDIR: N_("{output} is a folder"),
}


def cannot_write(output: Path, exc: OSError) -> str:
    """'cannot write OUTPUT: REASON' for *exc*, met while writing *output*."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None:
        why = _(reason).format(folder=output.parent, output=output)
    elif exc.strerror:
        why = exc.strerror  # the system's words; unlike str(exc), without a file name
    else:
        why = _("the file could not be written")
    return _("cannot write {output}: {why}").format(output=output, why=why)
