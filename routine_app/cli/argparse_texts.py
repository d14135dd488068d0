"""argparse's own user-facing words, marked so they land in the app catalogue.

argparse looks its texts up with ``gettext.gettext`` in the default domain;
:func:`routine_app.i18n.install` points that domain at the app catalogue, and this
list makes ``pybabel extract`` keep the texts there. Never imported at run time.
"""

from routine_app.i18n import N_, ngettext

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _plurals(count: int) -> str:
    return ngettext("expected %s argument", "expected %s arguments", count)
