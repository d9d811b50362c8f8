"""gunicorn settings for `make serve` (`gunicorn -c hiphelp/gunicorn_conf.py hiphelp.wsgi`).

Threaded workers: a client that sends its request slowly holds one thread, not a whole
process, so a few slow readers cannot stall the site (sync workers: two of them could).
Production still belongs behind a buffering reverse proxy (see the README).
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = 30
keepalive = 5
accesslog = "-"
