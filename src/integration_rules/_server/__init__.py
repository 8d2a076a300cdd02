"""The HTTP server: the library over HTTP, for case-management systems and forms.

``integration-rules serve`` runs it (extra ``[server]``: Litestar and
uvicorn). It holds no state and no database: every answer is computed from
the request and the served catalogue. Like the command line, this package is
an edge of the library: it reads the network, the clock (a request's
duration) and writes its log; nothing below it does.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from integration_rules._server._app import create_app
from integration_rules._server._boundary import (
    MAX_BATCH_LINES,
    MAX_BODY_BYTES,
    Limits,
    logged,
)
from integration_rules.measures import Catalogue

__all__ = ["MAX_BATCH_LINES", "MAX_BODY_BYTES", "Limits", "create_app", "serve"]


def serve(
    catalogue: Catalogue,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    limits: Limits = Limits(),  # noqa: B008 - a frozen value
    cors_origins: Sequence[str] = (),
) -> None:
    """Serve *catalogue* on *host*:*port* until interrupted (uvicorn's graceful shutdown).

    uvicorn's access log is off: the server logs its own line per request
    (method, route, status, duration), on standard error, and nothing a
    request carried.
    """
    import uvicorn  # noqa: PLC0415 - the extra [server]; imported when serving only

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log = logging.getLogger("integration_rules.server")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    app = logged(create_app(catalogue, limits=limits, cors_origins=cors_origins))
    log.info("serving on http://%s:%d", host, port)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        log_level="warning",
        timeout_graceful_shutdown=10,
    )
