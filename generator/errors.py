"""The generator's errors: one base, ``GeneratorError``, for every problem a person must fix.

Each module raises its own subclass (``RegistryError``, ``SettingsError``, ``WriteError``,
``InputProblem``, ``FrontMatterError``, ``IdMapError`` …) with a message that names the file and
the field and says what to do. Only the command line (``generator.cli``) turns one into a
message on stderr and an exit code; the library never prints or exits. A leaf module: it
imports nothing of the generator's.
"""

from __future__ import annotations


class GeneratorError(Exception):
    """A problem the user can fix; ``str(exc)`` is the whole message, ``exit_code`` the status."""

    exit_code = 1
