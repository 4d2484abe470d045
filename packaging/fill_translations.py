"""Fill unfinished entries of the .ts files from a JSON file of translations, then compile.

    .venv/bin/python packaging/fill_translations.py FILE.json

FILE.json maps a message to its translations: the key is the code of a coded message of the rules
(context "messages"), or "context|source" for any other entry; the value is {"nl": ..., "fr": ...}
or [nl, fr]. Only entries still unfinished are filled; finished ones are never overwritten.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import update_translations as tool  # noqa: E402


def fill(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    filled = 0
    for language in ("nl", "fr"):
        ts = tool.ts_path(language)
        entries = tool.read_ts(ts)
        for key, entry in entries.items():
            if entry.kind != "unfinished":
                continue
            value = data.get(key[2]) if key[0] == tool.MESSAGE_CONTEXT and key[2] else None
            value = value or data.get(f"{key[0]}|{key[1]}")
            if value is None:
                continue
            text = value[language] if isinstance(value, dict) else value[0 if language == "nl" else 1]
            entry.forms = text if isinstance(text, list) else [text]
            entry.kind = ""
            filled += 1
        ts.write_text(tool.render_ts(entries, language), encoding="utf-8")
        tool.compile_qm(ts, tool.qm_path(language))
    return filled


if __name__ == "__main__":
    print(f"{fill(Path(sys.argv[1]))} translations filled")
