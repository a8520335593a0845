"""Write src/govfacts/gazetteer/keys.tsv and charmap.tsv: every gazetteer place's lookup keys
(name, short form, pinyin, initials) and the traditional forms of their characters.

They are worked out once, here, so that building an index costs no pinyin or OpenCC work
for the gazetteer's places. Run it after tools/make_gazetteer.py, or after a change to
how govfacts derives place keys; tests/test_gazetteer.py fails while they are stale.

    python tools/make_gazetteer_keys.py
"""

from __future__ import annotations

from pathlib import Path

from govfacts.index.gazetteer import CHARMAP_FILE, KEYS_FILE, computed_keys

FOLDER = Path(__file__).resolve().parent.parent / "src" / "govfacts" / "gazetteer"


def main() -> None:
    keys, charmap = computed_keys()
    (FOLDER / KEYS_FILE).write_text(keys, encoding="utf-8")
    (FOLDER / CHARMAP_FILE).write_text(charmap, encoding="utf-8")
    print(f"wrote {keys.count(chr(10)) - 1:,} keys and {charmap.count(chr(10)) - 1:,} characters to {FOLDER}")


if __name__ == "__main__":
    main()
