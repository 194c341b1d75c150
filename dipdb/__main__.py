"""``python -m dipdb``: the same as the ``dipdb`` command."""

from dipdb.cli import main

if __name__ == "__main__":
    main(prog_name="dipdb")
