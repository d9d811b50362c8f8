import shutil

import pytest

from tests.load.run import run

pytestmark = pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed (scripts/system-deps test)")


def test_every_page_type_holds_64_connections_without_an_error(tmp_path):
    results = run(seconds=2, connections=64, workdir=tmp_path)
    assert len(results) == 12
    for name, stats in results:
        assert stats["errors"] == 0, name
        assert stats["requests"] > 0, name
