"""A page prepared for reading: simplified, without layout white space, split into sentences and clauses."""

from __future__ import annotations

# Every position in the prepared text maps back to the page, so a quote is always the page's own
# characters (line breaks and the spaces around them left out).
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from govfacts.chinese.forms import half_width, simplify

SENTENCE_END = "。!?;\n■□●◆"
CLAUSE_END = ",:"
_QUOTED = re.compile(r"“[^”\n]{0,40}”|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」|『[^』\n]{0,40}』|《[^》\n]{0,60}》|‘[^’\n]{0,40}’")
_BREAK_AFTER = set("。!?;:”\"」)）…")
_SHORT_LINE = 20
# A bracketed label and a short phrase since the line or sentence began (【和】社会和谐治理有效): a
# space after it ends a heading, not a word.
_CITATION = re.compile(r"\[\d{1,2}\]")
_INLINE_HEADING = re.compile(r"[\n。!?;]【[^】\n]{1,6}】[^,.:;!?。\n]{0,14}$")


def _decoration(ch: str) -> bool:
    """Whether a character only decorates a copied page (◈, ✿, ღ, emoji), not one a report writes
    (bullets ■●◆, units ℃ ㎡, quotes and dashes)."""
    cp = ord(ch)
    return (
        0x10A0 <= cp <= 0x10FF  # Georgian letters, a mirror site's favourite
        or 0x2700 <= cp <= 0x27BF  # dingbats
        or 0x1F300 <= cp <= 0x1FAFF  # pictographs and emoji
        or (0x25A0 <= cp <= 0x25FF and ch not in "■□●○◆◇▲△◎")  # geometric shapes other than bullets
    )


# The marks a page sets before an item or a heading (■, ▎, ★ …).
BULLET_MARKS = "#■□●◆◇▶►▲★☆▎"
_BULLET = re.compile(f"[-•·*—{BULLET_MARKS}]")  # (a line opening with one is a new item: ——城镇新增就业…)


@dataclass
class Page:
    """The page as given, and the compact simplified text the drafter reads."""

    original: str
    text: str = ""
    index: list[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    first_line_end: int = 0

    def quote(self, start: int, end: int) -> str:
        """The page's own characters for text[start:end], line breaks and the spaces around them removed."""
        while start < end and self.text[start] in "\n,;:、":
            start += 1
        while end > start and self.text[end - 1] in "\n,;:、。!?…":
            end -= 1
        if start >= end:
            return ""
        raw = self.original[self.index[start] : self.index[end - 1] + 1]
        return re.sub(r"\s*\n\s*", "", raw).strip()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The page positions of text[start:end]."""
        return self.index[start], self.index[max(start, end - 1)] + 1

    # Every lookup below is a binary search over positions found once in prepare(): the cost
    # of drafting grows with the page, not with the page times its sentences.
    _quote_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _newlines: list[int] = field(default_factory=list)

    def in_quotes(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation marks (“…”, 《…》) around text[start:end], if any."""
        k = bisect_left(self._quote_starts, start) - 1  # quotes do not overlap: only the last opened before can hold it
        if k >= 0 and end < self.quoted[k][1]:
            return self.quoted[k]
        return None

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k][1]:
            return self.sentences[k]
        return pos, pos

    def line_start(self, pos: int) -> int:
        """Where the line of text[pos] begins: just after the last line break before it."""
        k = bisect_left(self._newlines, pos) - 1
        return self._newlines[k] + 1 if k >= 0 else 0

    def line_of(self, pos: int) -> int:
        """The number of line breaks before text[pos]: two positions differ in it where a break lies between."""
        return bisect_left(self._newlines, pos)


def _break(chars: list[str], index: list[int], at: int) -> None:
    """End the line there (a break for the page's position `at`), unless the text is empty or ends one already."""
    if chars and chars[-1] != "\n":
        chars.append("\n")
        index.append(at)


def prepare(original: str) -> Page:
    """Simplify, drop layout white space (keeping line breaks that end a sentence) and split."""
    source = simplify(half_width(original))  # one character for one: positions stay the page's
    chars: list[str] = []
    index: list[int] = []
    lines_start = 0
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if _decoration(ch):
            i += 1  # (◈ღ✿◈ strewn through a mirror site's copy: left out like layout space)
            continue
        if ch == "[" and (cited := _CITATION.match(source, i)):
            if source[cited.end() : cited.end() + 1].isspace():
                _break(chars, index, i)  # (…再下降17.7% [1] 专项打击…: a note's number, set apart, ends what it notes)
            i = cited.end()  # (四大主导产业[2]占GDP比重: within a sentence, only left out)
            continue
        if not ch.isspace():
            chars.append(ch)
            index.append(i)
            i += 1
            continue
        j = i
        while j < n and source[j].isspace():
            j += 1
        run = source[i:j]
        if "\n" in run:
            prev_line = source[lines_start:i].strip()
            next_char = source[j : j + 1]
            next_line = source[j : source.find("\n", j) if "\n" in source[j : j + _SHORT_LINE] else j]
            ends = bool(prev_line) and (
                prev_line[-1] in _BREAK_AFTER or len(prev_line) < 30 or bool(_BULLET.match(next_char))
                or next_line.rstrip()[-1:] in ("!", "！")  # (a short line of its own: 这些目标,催人奋进!)
                or is_dateline(prev_line)  # (来源:某某网    时间:2023-07-07 18:40:41: the site's line)
            )
            if ends:
                _break(chars, index, i + run.index("\n"))
            lines_start = i + run.rindex("\n") + 1
        elif source[j : j + 1] in "-•" and source[j + 1 : j + 2].isspace():
            _break(chars, index, i)  # (成果 - 2025年全省… - 2025年…: a list flattened into one line, one item each)
            j += 1  # (the item's mark too)
        elif _INLINE_HEADING.search(("\n" if len(chars) <= 24 else "") + "".join(chars[-24:])):
            _break(chars, index, i)  # (【和】社会和谐治理有效 完成18个…: a news page's heading set before its text)
        i = j
    page = Page(original, "".join(chars), index)
    text = page.text
    start = 0
    for k, ch in enumerate(text):
        if ch in SENTENCE_END or text.startswith("...", k - 2) and not text.startswith(".", k + 1):
            if k + 1 > start:  # (… 税收占比74.3% ...济南去年GDP: a page cut short, its footer after the dots)
                page.sentences.append((start, k + 1))
            start = k + 1
    if start < len(text):
        page.sentences.append((start, len(text)))
    page.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    page._quote_starts = [a for a, _b in page.quoted]
    page._sentence_starts = [a for a, _b in page.sentences]
    page._newlines = [m.start() for m in re.finditer("\n", text)]
    first = text.find("\n")
    page.first_line_end = first if first >= 0 else len(text)
    return page


_PAREN_NUM = re.compile(r"[((][^()()]*\d[^()()]*[))]")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end]: split at commas and colons (not inside a short aside or
    quotation), and around a bracket holding a number."""
    cuts = {start, end}
    closed = -1  # where a short aside in parentheses ends (县(市,区)国企: its comma cuts no clause)
    for k in range(start, end):
        if text[k] == "(" and (shut := text.find(")", k, min(end, k + 12))) >= 0:
            closed = shut
        elif text[k] == "“" and (shut := text.find("”", k, min(end, k + 20))) >= 0:
            closed = shut  # (a slogan quoted, “放飞希望,法护未来”: one name)
        if text[k] in CLAUSE_END and k > closed:
            cuts.add(k + 1)
    for m in _PAREN_NUM.finditer(text, start, end):
        cuts.add(m.start())
        cuts.add(m.start() + 1)
        cuts.add(m.end() - 1)
        cuts.add(m.end())
    points = sorted(c for c in cuts if start <= c <= end)
    return [(a, b) for a, b in zip(points, points[1:], strict=False) if b > a]


# A line that only dates the page (2025年04月12日; 2026年01月10日 08:38 中国长安网; 日期: 2026年01月19日 | …;
# 某某日报/2025 年/1 月/17 日/第 002 版要闻; 来源:某某网    时间:2023-07-07 18:40:41):
# a full date, no clause of the text.
_DATELINE = re.compile(
    r"(?:(?:来源|稿源)\s*[:：][^。,;，；\n]{0,20}?)?[^。,;:，；\n]{0,30}?(?:(?:时间|日期)\s*[:：]\s*)?\d{4}\s*(?:[-/.]|年\s*/?)\s*\d{1,2}\s*(?:[-/.]|月\s*/?)\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[^。,;，；\d\n]|第\s*\d+\s*版){0,40}"  # (no count after it: 2025年1月5日全市破获…12起 is news)
)


def on_a_dateline(text: str, pos: int) -> bool:
    """Whether `pos` lies on a line that only dates the page: what it says dates no figure."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return is_dateline(text[start : len(text) if end < 0 else end])


def is_dateline(line: str) -> bool:
    """Whether a line only dates the page (a full date, perhaps its time and the site's name)."""
    return _DATELINE.fullmatch(line) is not None
