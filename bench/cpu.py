"""CPU time per cached request inside Django, with no server or network: the noise-proof part.

`python bench/cpu.py <settings module> <name>=<path>[|<header>] …` prints one line per page,
`cpu-us <name> <µs>`: the median over rounds of this process's CPU time per request through
the WSGI application (the site's whole stack with its early cache hit, or the bare project).
bench/pages.py runs it for both, so their ratio holds on a busy machine too, where the
wall clock of the gunicorn runs counts other processes' turns.
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REQUESTS, ROUNDS = 2000, 5


def environ(path, header):
    path, _, query = path.partition("?")
    env = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query, "SERVER_NAME": "127.0.0.1",
           "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1", "REMOTE_ADDR": "127.0.0.1", "SCRIPT_NAME": "",
           "wsgi.url_scheme": "http", "HTTP_USER_AGENT": "bench", "HTTP_ACCEPT": "*/*"}  # fmt: skip
    if header:
        name, value = header.split(": ", 1)
        env["HTTP_" + name.upper().replace("-", "_")] = value
    return env


def main(settings_module, pages):
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()

    def start_response(status, headers, exc_info=None):
        start_response.status = status

    for spec in pages:
        name, _, rest = spec.partition("=")
        path, _, header = rest.partition("|")
        base = environ(path, header)

        def once(base=base):
            env = dict(base, **{"wsgi.input": io.BytesIO(b"")})
            b"".join(application(env, start_response))

        for _ in range(50):  # stores the page, warms everything
            once()
        assert start_response.status.startswith("200"), (name, start_response.status)
        rounds = []
        for _ in range(ROUNDS):
            start = time.process_time()
            for _ in range(REQUESTS):
                once()
            rounds.append((time.process_time() - start) / REQUESTS * 1e6)
        print(f"cpu-us {name} {statistics.median(rounds):.0f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
