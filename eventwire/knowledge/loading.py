"""Building the shipped tables: hundreds of thousands of small objects, made once per process
and kept until it ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_tables() -> Iterator[None]:
    """Build tables that live as long as the process with the cycle collector paused.

    Building creates objects only, none of them garbage, yet every few hundred new container
    objects the collector runs, and each of its passes over the older generations walks what
    was built so far: a third of the knowledge base's and the gazetteer's load time. The
    collector's state before is restored (a caller that disabled it keeps it disabled).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
