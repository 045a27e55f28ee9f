"""`policydb serve`: the store in Datasette, whatever its file is called.

Datasette names a database after its file (`real.sqlite` → `real`) and applies a
metadata file's facets, canned queries and search settings by that name; the project's
metadata (store/data/datasette-metadata.json) is written for `policydb`, so it is
re-keyed here to the served file's name. The plugin (policydb/datasette_plugin.py)
makes Datasette's own search find Chinese words and keeps long columns off table pages.
Datasette is the `serve` extra, imported only here (E008 when missing).
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from policydb.errors import PolicydbError
from store import schema as store_schema

METADATA = Path(store_schema.__file__).resolve().parent / "data" / "datasette-metadata.json"
# A cell of more characters is cut short on HTML pages (Datasette's default is 2,048).
TRUNCATE_CELLS = 300


def database_name(db_path: str) -> str:
    """The name Datasette gives a database file: its name without the extension."""
    return Path(db_path).stem


def datasette_metadata(db_path: str) -> dict[str, Any]:
    """The project's Datasette metadata, for the database Datasette makes of `db_path`."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    metadata["databases"] = {database_name(db_path): metadata["databases"]["policydb"]}
    return metadata


def _datasette():
    try:
        import datasette.cli
        from datasette.plugins import pm
    except ImportError:
        raise PolicydbError("E008", "policydb serve needs Datasette: pip install 'policydb[serve]' "
                                    "(or pip install 'datasette<1')") from None
    import policydb.datasette_plugin as plugin

    if not pm.is_registered(plugin) and pm.get_plugin("policydb") is None:
        pm.register(plugin, name="policydb")
    return datasette.cli


def serve(db_path: str, *, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False) -> None:
    """Serve the store at `db_path` until interrupted."""
    cli = _datasette()
    folder = tempfile.mkdtemp(prefix="policydb-serve-")
    metadata_path = os.path.join(folder, "metadata.json")
    Path(metadata_path).write_text(json.dumps(datasette_metadata(db_path), ensure_ascii=False), encoding="utf-8")
    args = [db_path, "--metadata", metadata_path, "--host", host, "--port", str(port),
            "--setting", "truncate_cells_html", str(TRUNCATE_CELLS)]
    if open_browser:
        args.append("--open")
    try:
        cli.serve.main(args=args, prog_name="policydb serve", standalone_mode=False)
    finally:
        os.remove(metadata_path)
        os.rmdir(folder)
