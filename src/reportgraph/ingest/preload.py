"""The models of the default extraction, loaded once in the process pool's fork server (issue 12).

``parallel.processes`` names this module in ``multiprocessing``'s fork server's preload list: the
server imports it once, before it forks any worker, so that each worker of the pool starts with the
default pipeline, the language identifier and their tables already in memory instead of importing
the package and loading them itself (about 2 s of CPU and 300 MB of pages faulted in, per worker).
The server holds no database connection and no thread but one that sleeps and polls its parent's
id (it takes no lock a child could inherit held), so forking it is safe, where forking the
ingesting process is not. Nothing else imports this module: loading at import is its whole purpose,
because a fork server does nothing but import the modules it is given.
"""

from __future__ import annotations

import atexit
import gc


def load() -> bool:
    """Load the default extraction's models in this process; True when they were loaded. A failure
    is left to each worker, which loads them itself (``parallel.init_worker``) and says what is wrong."""
    from .language import load_identifier
    from .parallel import _extractor, _watch_parent, exit_now, init_worker

    # the server ends with the ingest that started it, even one killed with -9 (its workers, watching
    # their parent, the server, then end too); and it ends at once, without freeing the models one by one
    _watch_parent()
    atexit.register(exit_now)

    try:
        init_worker("default")
        extractor = _extractor()
        for_language = getattr(extractor, "for_language", None)
        if for_language is not None:
            for_language("en")  # the pipeline a report in English is read by, built now
        load_identifier()
    except Exception:  # noqa: BLE001 - a worker loading its own models reports the error
        return False
    # what was loaded stays as it is in the forked workers: left out of the collector's passes, whose
    # writes to every object's header would copy each page into each worker
    gc.freeze()
    return True


LOADED = load()
