"""The release text read as a structure (parts, sections, pages) and as numerals (each with the
readings its context allows), and the export's records matched against both. Shared by census.py,
labels.py and provenance.py; no third-party module, Python 3.9 or later.

Structure. The text has no markup: its parts (本文, 別紙1-6) and sections are recognised by the
headings listed in STRUCTURE, searched in document order, so a changed heading is reported rather
than silently skipped. Three kinds of line are not sections: a footnote (`1 JREとは、...`) belongs
to the section 脚注N for that line only; a page label (`別紙1 - 1`, `別紙5`) is page furniture, and
it closes its page: the text puts each label after its page's content (別紙5 follows 別紙5's
content, 別紙6 - 4 ends the document), so the lines since the previous label lie on the pages up
to this one.

Sections nest: `§3` covers `§3(1)` and `§3(2)`, `経緯` covers `経緯 ...`, `JRE問題への対応について`
covers its numbered parts, and a part's 標題 (and 別紙3's 前文) cover the whole part. A record's
`source` ("別紙3 §2 施策の内訳", "本文 §1-§5", "別紙1 別紙1-1 取組みの5つの方向性") names a part and
a section: it names every text section whose name equals it, is a parent of it, or of which it is
a more precise place (a row, a heading word), and a range §a-§b names §a to §b. A leading page
label (別紙1-1) is set aside and checked by provenance.py alone.

Numerals. A numeral is a run of digits (ASCII or full-width) with its grouping commas and decimal
point (33,750,112; 0.8), a row code (1-1), a telephone number, or a dotted address (one numeral
each); or a run of kanji numerals (一二三...十百千万億) other than a unit (億円, 百万円, 千円) and
other than the words of NOT_NUMERAL_WORDS, where the kanji is part of a word (一部, 統一, 十分).
Each numeral gets the readings its context gives: part of a date (平成19年10月3日, 7月, 9月上旬,
2008年2月頃), a fiscal year (平成20年度, 2007年度), an ordinal (第14回), a figure with its unit
(338億円, 27施策, 13%増, 20のシステム), a table cell (row and column of 別紙3's tables), a list
marker at the start of a line ((1), 3., 1 ), a reference to an attachment (別紙3参照)."""
import csv
import io
import re
import subprocess
from decimal import Decimal, InvalidOperation

PARTS = ["本文", "別紙1", "別紙2", "別紙3", "別紙4", "別紙5", "別紙6"]

# (part, section name, regex of the heading line that opens it). Searched in this order.
STRUCTURE = [
    ("本文", "冒頭 日付", r"^平成\d+年\d+月\d+日$"),
    ("本文", "冒頭 発信者", r"^内閣官房情報セキュリティセンター\(NISC\)$"),
    ("本文", "冒頭 標題", r"^第\d+回情報セキュリティ政策会議の開催について$"),
    ("本文", "冒頭 副題", r"^- 政府機関の情報セキュリティ対策の実施状況等 -$"),
    ("本文", "前文", r"^本日\d+月\d+日、"),
    ("本文", "§1", r"^1\. 「我が国の情報セキュリティ分野"),
    ("本文", "§2", r"^2\. 電子政府の安全性確保"),
    ("本文", "§2(1)", r"^\(1\) JRE問題への対応$"),
    ("本文", "§2(2)", r"^\(2\) 重点検査の実施$"),
    ("本文", "§2(3)", r"^\(3\) 政府機関統一基準の改定$"),
    ("本文", "§3", r"^3\.平成\d+年度情報セキュリティ関連予算概算要求状況$"),
    ("本文", "§3(1)", r"^\(1\) 平成\d+年度概算要求額は"),
    ("本文", "§3(2)", r"^\(2\) 施策の内訳"),
    ("本文", "§4", r"^4\. 情報セキュリティの日"),
    ("本文", "§5", r"^5\. その他$"),
    ("本文", "§5(1)", r"^\(1\) 年度計画「セキュア・ジャパン"),
    ("本文", "§5(2)", r"^\(2\) 情報セキュリティ政策・"),
    ("本文", "問合せ先", r"^【本件に関する問合せ先】$"),
    ("本文", "末尾 注記", r"^本日の会議資料は"),
    ("別紙1", "経緯", r"^国際協調・貢献に向けた取組みの経緯$"),
    ("別紙1", "経緯 情報セキュリティ政策会議等における検討", r"^情報セキュリティ政策会議等における検討$"),
    ("別紙1", "経緯 経済財政諮問会議等における検討", r"^経済財政諮問会議等における検討$"),
    ("別紙1", "経緯 国際協調・貢献に向けた取組みの策定", r"^国際協調・貢献に向けた取組みの策定$"),
    ("別紙1", "グローバルなIT安心利用環境", r"^「グローバルなIT安心利用環境」の構築$"),
    ("別紙1", "取組みの5つの方向性", r"^「情報セキュリティ分野における国際協調・貢献に向けた取組み」"),
    ("別紙2", "1 重点検査の実施", r"^1 重点検査の実施$"),
    ("別紙2", "2 政府機関統一基準の改定", r"^2 政府機関統一基準の改定$"),
    ("別紙2", "3 JRE問題への対応", r"^3 JRE問題への対応$"),
    ("別紙2", "JRE問題への対応について", r"^JRE問題への対応について$"),
    ("別紙2", "JRE問題への対応について 1 これまでの経緯", r"^1 これまでの経緯"),
    ("別紙2", "JRE問題への対応について 2 現状と課題", r"^2 現状と課題$"),
    ("別紙2", "JRE問題への対応について 3 対応方針", r"^3 対応方針$"),
    ("別紙3", "標題", r"^平成\d+年度情報セキュリティ関連予算 概算要求について$"),
    ("別紙3", "冒頭 日付", r"^平成\d+年\d+月\d+日$"),
    ("別紙3", "冒頭 発信者", r"^内閣官房情報セキュリティセンター$"),
    ("別紙3", "前文", r"^平成\d+年度予算概算要求のうち"),
    ("別紙3", "§1 要求額", r"^1 要求額$"),
    ("別紙3", "§1 予算額推移", r"^○ 予算額推移"),
    ("別紙3", "§2 施策の内訳", r"^2 施策の内訳$"),
    ("別紙3", "§3 府省庁別予算額", r"^3 府省庁別予算額$"),
    ("別紙4", "標題", r"^平成\d+年度情報セキュリティの日功労者表彰の進め方$"),
    ("別紙5", "標題", r"^「セキ[ユュ]ア・ジャパン\d+」の進捗状況"),
    ("別紙5", "進捗状況(上半期)の概要", r"^- 「既.実施済み」"),
    ("別紙5", "注記", r"^上記で「"),
    ("別紙5", "結論", r"^結論$"),
    ("別紙6", "標題", r"^情報セキュリティ政策・評価等に向けた「作業方針」について$"),
    ("別紙6", "PDCAサイクル", r"^\(情報セキュリティ政策のPDCAサイクル\)$"),
    ("別紙6", "策定の根拠", r"^情報セキュリティ政策の評価の枠組み文書"),
    ("別紙6", "作業方針の内容", r"^「作業方針」には、$"),
    ("別紙6", "作業方針の策定時期", r"^「作業方針」は、毎年"),
    ("別紙6", "結果の活用", r"^作業の結果については"),
    ("別紙6", "評価の枠組み", r"^評価指標に基づく評価等の基本的な枠組み$"),
    ("別紙6", "評価等の視点", r"^評価等の視点$"),
    ("別紙6", "評価対象", r"^評価対象$"),
    ("別紙6", "関係府省庁", r"^関係府省庁$"),
    ("別紙6", "評価方法", r"^評価方法$"),
    ("別紙6", "全体のスケジュール", r"^全体のスケジュール$"),
]
# Sections that stand for their whole part (a title, and the sentence that opens 別紙3).
PART_WIDE = {("本文", "冒頭 標題"), ("別紙3", "標題"), ("別紙3", "前文"), ("別紙4", "標題"),
             ("別紙5", "標題"), ("別紙6", "標題")}
FOOTNOTE = re.compile(r"^([1-9]) (\S+?)とは、")
PAGE_LABEL = re.compile(r"^別紙(\d)(?: - (\d+))?$")

# Kanji that are part of a word here, not a figure; each with the word that holds it.
NOT_NUMERAL_WORDS = ["一部", "一層", "一環", "一般", "統一", "十分"]
KANJI_UNITS = re.compile(r"(億|百万|千)円")

FULL_WIDTH = str.maketrans("０１２３４５６７８９，．％", "0123456789,.%")
TOKEN = re.compile(r"\d+(?:\.(?:\d+|X+)){2,}"  # a dotted address, 202.221.60.XXX
                   r"|\d{2,4}-\d{2,4}-\d{4}"  # a telephone number
                   r"|\d+-\d+"  # a row code, 1-1
                   r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
KANJI_NUMERAL = re.compile(r"[〇一二三四五六七八九十百千万億兆]+")

DATE = re.compile(r"(?:平成(?P<era>\d+)年|(?P<year>\d{4})年)?(?P<month>\d{1,2})月"
                  r"(?:(?P<day>\d{1,2})日|(?P<part>上旬|中旬|下旬))?(?P<about>頃)?")
FISCAL_YEAR = re.compile(r"平成(?P<era>\d+)年度|(?P<year>\d{4})年度")
ORDINAL = re.compile(r"第(?P<n>\d+)(?P<counter>回|次)")
# The unit after a figure, and 増 where it is an increase (38億円、13%増: both are).
UNIT_AFTER = re.compile(r"(億円|百万円|千円|%|施策|府省庁|機関|のシステム|システム|分野|つの|回|時間|日)"
                        r"(増|(?=、\d+(?:\.\d+)?%増))?")
MARKER = re.compile(r"^(?:- )?(?:\((?P<paren>\d+)\) ?|(?P<dot>\d+)\.|(?P<space>\d+) )")
FOOTNOTE_REF = re.compile(r"(?:JRE|DNS|重要インフラ)\((\d)\)")
ATTACHMENT_REF = re.compile(r"別紙(\d)参照")

# Which units of the export a printed unit word stands for.
UNIT_WORDS = {
    "億円": {"oku_yen"}, "百万円": {"million_yen"}, "千円": {"thousand_yen"}, "%": {"percent"},
    "施策": {"measures"}, "府省庁": {"bodies"}, "機関": {"bodies"}, "のシステム": {"systems"},
    "システム": {"systems"}, "分野": {"sectors"}, "つの": {"items"}, "回": {"times"}, "時間": set(), "日": set(),
}
CHANGE_MEASURES = {"change", "change_percent"}


def heisei(era):
    return 1988 + int(era)


def normalise_with_map(line):
    """The line without footnote markers after JRE/DNS/重要インフラ, quotation marks 「」 and bold
    marks **, and for each kept character its column in the line."""
    out, index = [], []
    i = 0
    while i < len(line):
        if line.startswith("**", i):
            i += 2
            continue
        if line[i] in "「」":
            i += 1
            continue
        if line[i] == "(" and re.match(r"\(\d\)", line[i:]) and re.search(r"(?:JRE|DNS|重要インフラ)$", line[:i]):
            i += 3
            continue
        out.append(line[i])
        index.append(i)
        i += 1
    return "".join(out), index


def normalise(text):
    return normalise_with_map(text)[0]


class Line:
    def __init__(self, number, text, part, section, kind):
        self.number = number  # 1-based
        self.text = text
        self.digits = text.translate(FULL_WIDTH)  # full-width digits as ASCII, same columns
        self.part = part
        self.section = section  # section name within the part
        self.kind = kind  # "text", "footnote", "page", "blank"
        self.pages = set()
        self.norm, self.norm_index = normalise_with_map(self.digits)

    @property
    def place(self):
        return f"{self.part} {self.section}"


class Release:
    """The release text as lines, each with its part, section and pages."""

    def __init__(self, text):
        raw = text.split("\n")
        self.lines = []
        self.sections = []  # (part, name) in document order
        self.heading_lines = set()  # the line numbers of the headings that open a section
        heading = 0
        part, section = None, None
        for number, t in enumerate(raw, 1):
            stripped = t.strip()
            kind = "text" if stripped else "blank"
            if heading < len(STRUCTURE) and re.search(STRUCTURE[heading][2], stripped.translate(FULL_WIDTH)):
                part, section, _ = STRUCTURE[heading]
                self.sections.append((part, section))
                self.heading_lines.add(number)
                heading += 1
            line_part, line_section = part, section
            if part is not None and FOOTNOTE.match(stripped) and part == "本文":
                line_section = "脚注" + FOOTNOTE.match(stripped).group(1)
                kind = "footnote"
                if ("本文", line_section) not in self.sections:
                    self.sections.append(("本文", line_section))
            if PAGE_LABEL.match(stripped):
                line_section = "頁表示"
                kind = "page"
            self.lines.append(Line(number, t, line_part or "本文", line_section or "冒頭", kind))
        if heading < len(STRUCTURE):
            raise ValueError(f"the release text has no heading for {STRUCTURE[heading][0]} "
                             f"{STRUCTURE[heading][1]} (pattern {STRUCTURE[heading][2]!r}) where expected")
        self._assign_pages()

    def _assign_pages(self):
        # A page label closes its page: the lines since the previous label of the same part lie on
        # the pages after that label up to this one.
        pending, last_page = [], {}
        for line in self.lines:
            m = PAGE_LABEL.match(line.text.strip())
            if not m:
                pending.append(line)
                continue
            attachment, page = m.group(1), m.group(2)
            part = "別紙" + attachment
            if page is None:
                pages = {part}
            else:
                first = last_page.get(part, 0) + 1
                pages = {f"{part}-{p}" for p in range(first, int(page) + 1)}
                last_page[part] = int(page)
            for p in pending:
                if p.part == part:
                    p.pages = pages
            line.pages = pages
            pending = [p for p in pending if p.part != part]

    # --- places ------------------------------------------------------------------------------

    @staticmethod
    def covers(outer, inner):
        """Whether section `outer` (part, name) contains section `inner`, itself included. A title
        (PART_WIDE) stands for its whole part."""
        if outer[0] != inner[0]:
            return False
        if outer == inner or outer in PART_WIDE:
            return True
        return inner[1].startswith(outer[1] + " ") or inner[1].startswith(outer[1] + "(")

    def sections_named(self, source):
        """The text sections a record's source names, and the page label it names (or None).
        Empty when the source names no section of the text."""
        source = source.strip()
        part, _, rest = source.partition(" ")
        if part not in PARTS:
            return set(), None
        page = None
        m = re.match(r"^(別紙\d-\d+)(?: |$)", rest)
        if m:
            page = m.group(1)
            rest = rest[m.end():].strip()
        named = set()
        ranged = re.match(r"^§(\d)-§(\d)$", rest)
        for p, name in self.sections:
            if p != part:
                continue
            if ranged:
                m2 = re.match(r"^§(\d)", name)
                if m2 and int(ranged.group(1)) <= int(m2.group(1)) <= int(ranged.group(2)):
                    named.add((p, name))
                continue
            if rest == "" or rest == name or rest.startswith(name + " ") or name.startswith(rest + " ") \
                    or name.startswith(rest + "("):
                named.add((p, name))
        # A more precise place keeps only the most precise sections it names ("§3(2) 施策の内訳"
        # names §3(2), not §3 as well): drop a section that covers another named one.
        precise = {s for s in named if not any(t != s and self.covers(s, t) and not ranged
                                              and (rest.startswith(t[1] + " ") or rest == t[1]) for t in named)}
        return precise, page

    def matches(self, line_place, record_places):
        """Whether a numeral on a line of `line_place` can be carried by a record whose source
        names `record_places`: the same section, one that contains it, or one it contains."""
        return any(self.covers(r, line_place) or self.covers(line_place, r) for r in record_places)

    def lines_in(self, places):
        return [l for l in self.lines if any(self.covers(p, (l.part, l.section)) for p in places)]


# --- numerals ----------------------------------------------------------------------------------

class Numeral:
    def __init__(self, line, start, end, text):
        self.line = line
        self.start = start  # 0-based column in the line
        self.end = end
        self.text = text  # full-width digits as ASCII
        self.printed = line.text[start:end]  # as printed
        self.readings = []  # (kind, details)

    @property
    def column(self):
        return self.start + 1

    def value(self):
        try:
            return Decimal(self.text.replace(",", ""))
        except InvalidOperation:
            return None

    def where(self):
        return f"line {self.line.number}, column {self.column}"

    def context(self, width=16):
        t = self.line.text
        return (t[max(0, self.start - width):self.start] + "[" + self.printed + "]" + t[self.end:self.end + width]).strip()

    def __repr__(self):
        return f"{self.printed!r} at {self.where()} ({self.line.place})"


def numerals_of(line, header_years=None):
    """Every numeral of a line, with its readings."""
    text = line.digits
    found = []
    for m in TOKEN.finditer(text):
        found.append(Numeral(line, m.start(), m.end(), m.group()))
    for m in KANJI_NUMERAL.finditer(text):
        unit = KANJI_UNITS.match(text, m.start())
        if unit and unit.end() - 1 == m.end():  # 億円, 百万円, 千円: a unit, not a figure
            continue
        if any(_within_word(text, m.start(), m.end(), w) for w in NOT_NUMERAL_WORDS):
            continue
        found.append(Numeral(line, m.start(), m.end(), m.group()))
    found.sort(key=lambda n: n.start)
    _read(line, text, found, header_years)
    return found


def _within_word(text, start, end, word):
    for m in re.finditer(re.escape(word), text):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _covering(found, start, end):
    return [n for n in found if start <= n.start and n.end <= end]


def _read(line, text, found, header_years):
    for m in DATE.finditer(text):
        era, year = m.group("era"), m.group("year")
        y = heisei(era) if era else (int(year) if year else None)
        details = {"year": y, "month": int(m.group("month")), "day": int(m.group("day")) if m.group("day") else None,
                   "part": m.group("part"), "about": bool(m.group("about")),
                   "yearly": text[max(0, m.start() - 4):m.start()].endswith(("毎年", "毎年概ね")),
                   "next_year": text[max(0, m.start() - 2):m.start()] == "翌年"}
        for n in _covering(found, m.start(), m.end()):
            n.readings.append(("date", details))
    for m in FISCAL_YEAR.finditer(text):
        y = heisei(m.group("era")) if m.group("era") else int(m.group("year"))
        for n in _covering(found, m.start(), m.end()):
            n.readings.append(("fiscal_year", y))
    for m in ORDINAL.finditer(text):
        for n in _covering(found, m.start("n"), m.end("n")):
            n.readings.append(("ordinal", (int(m.group("n")), m.group("counter"))))
    for m in FOOTNOTE_REF.finditer(text):
        for n in _covering(found, m.start(1), m.end(1)):
            n.readings.append(("footnote_ref", int(m.group(1))))
    for m in ATTACHMENT_REF.finditer(text):
        for n in _covering(found, m.start(1), m.end(1)):
            n.readings.append(("attachment", int(m.group(1))))
    m = MARKER.match(text)
    if m:
        g = next(k for k in ("paren", "dot", "space") if m.group(k))
        # What follows the marker, without quotation marks: a list item's label starts it.
        after = normalise(text[m.end():]).lstrip(" ")
        for n in _covering(found, m.start(g), m.end(g)):
            n.readings.append(("marker", (int(m.group(g)), after)))
    for n in found:
        u = UNIT_AFTER.match(text, n.end)
        if u and n.value() is not None:
            n.readings.append(("unit", (n.value(), u.group(1), u.group(2) is not None)))
    if "\t" in line.text:
        cells = text.split("\t")
        offsets, pos = [], 0
        for c in cells:
            offsets.append(pos)
            pos += len(c) + 1
        row = cells[0].strip()
        code_m = re.match(r"^(\d+(?:-\d+)?) (.+)$", row)
        code, label = (code_m.group(1), code_m.group(2)) if code_m else (None, row)
        for n in found:
            i = max(k for k in range(len(cells)) if offsets[k] <= n.start)
            if i == 0:
                if code and n.start == offsets[0] + cells[0].index(code) and n.text == code:
                    n.readings.append(("row_code", code))
                continue
            column = header_years[i] if header_years and i < len(header_years) else None
            n.readings.append(("cell", {"code": code, "label": label, "column": column}))


def header_of(line):
    """The columns of a table's header line: a fiscal year per column, the word 前年比, or None."""
    if "\t" not in line.text:
        return None

    def column(cell):
        m = FISCAL_YEAR.search(cell)
        if m:
            return heisei(m.group("era")) if m.group("era") else int(m.group("year"))
        return "前年比" if "前年比" in cell else None

    years = [column(c) for c in line.digits.split("\t")]
    return years if sum(isinstance(y, int) for y in years) >= 2 else None


def all_numerals(release):
    """Every numeral of the text, in order, with the readings of its line and table (a table's
    header line gives the fiscal year of each column to the lines after it in its section)."""
    out = []
    header, place = None, None
    for line in release.lines:
        if (line.part, line.section) != place and line.kind == "text":
            header, place = None, (line.part, line.section)
        h = header_of(line)
        if h:
            header = h
            out.extend(numerals_of(line, None))
            continue
        out.extend(numerals_of(line, header))
    return out


# --- records -----------------------------------------------------------------------------------

def load_records(csv_text):
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    for i, r in enumerate(rows, 2):
        r["_row"] = i
    return rows


def export_csv(exporter):
    return subprocess.run([exporter, "--format", "csv"], capture_output=True, text=True, check=True).stdout


def record_id(r):
    fy = f" FY{r['fiscal_year']}" if r.get("fiscal_year") else ""
    return f"{r['table']}/{r['code']} {r['measure']}{fy} = {r['value']}"


def decimal_or_none(text):
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


DATE_VALUE = re.compile(r"^(?:(?P<fy>FY)(?P<fy_year>\d{4})|(?P<year>\d{4}|-)-(?P<month>\d{2})"
                        r"(?:-(?P<day>\d{2}))?(?P<about>~)?(?: (?P<part>early|mid|late))?)$")
PART_WORDS = {"上旬": "early", "中旬": "mid", "下旬": "late"}


def parse_date_value(value):
    """An exported date: FY2007, 2007-10-03, 2007-07, 2007-09 early, 2008-02~, 2008-02-02~,
    --02-02 (every year), --09~ (about September, every year)."""
    m = DATE_VALUE.match(value)
    if not m:
        return None
    if m.group("fy"):
        return {"fiscal_year": int(m.group("fy_year"))}
    return {"year": None if m.group("year") == "-" else int(m.group("year")), "month": int(m.group("month")),
            "day": int(m.group("day")) if m.group("day") else None, "about": bool(m.group("about")),
            "part": m.group("part")}


def date_carries(value, reading):
    """Whether an exported date value is what a printed date expression says: the same month, day
    or part of the month, about-ness where printed; the same year where the year is printed. A
    printed date without a year fits a dated record of any year (the year is then nisc's reading of
    the context) or a yearly one."""
    d = parse_date_value(value)
    if not d or "fiscal_year" in d:
        return False
    if d["month"] != reading["month"]:
        return False
    if (d["day"] is None) != (reading["day"] is None) or (d["day"] is not None and d["day"] != reading["day"]):
        return False
    if (d["part"] or None) != (PART_WORDS.get(reading["part"]) if reading["part"] else None):
        return False
    if reading["about"] and not d["about"]:
        return False
    if d["about"] and d["day"] is None and not reading["about"]:
        return False
    if reading["year"] is not None:
        return d["year"] == reading["year"]
    if reading["yearly"] or reading["next_year"]:
        return d["year"] is None
    return True


# --- what the data says of itself: printed or nisc's -------------------------------------------
# The export will carry `label_ja_origin` (printed | nisc) and `value_origin` (printed | inferred).
# Until it does, nisc_wording.tsv and inferred.tsv say the same; once a column is there it is used
# and the list is not read.

def read_list(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _entry_matches(e, r, measure=None):
    return (e["table"] == r["table"] and e["code"] in ("*", r["code"]) and
            e.get("measure", measure) in ("*", measure if measure is not None else r["measure"]) and
            e.get("fiscal_year", "*") in ("*", r["fiscal_year"]) and
            e.get("value", "*") in ("*", r["value"] if measure is None else r.get(measure, "")))


def label_is_nisc(r, nisc_wording):
    """Whether a record's Japanese label is nisc's own wording (not printed)."""
    if "label_ja_origin" in r:
        return r["label_ja_origin"] == "nisc"
    return any(e["table"] == r["table"] and e["code"] == r["code"] and e["label_ja"] == r["label_ja"]
               for e in nisc_wording)


def value_is_inferred(r, inferred):
    """Whether a record's value is nisc's inference (not printed at its source)."""
    if "value_origin" in r:
        return r["value_origin"] == "inferred"
    return any(_entry_matches(e, r) for e in inferred if e["measure"] != "basis")


def basis_is_inferred(r, inferred):
    """Whether a record's basis (当初予算 or 概算要求) is nisc's reading rather than printed there."""
    if "basis_origin" in r:
        return r["basis_origin"] == "inferred"
    return any(_entry_matches(e, r, "basis") for e in inferred if e["measure"] == "basis")


def anchor_of(label):
    """The longest run of a label without hiragana (注意喚起 of 利用者への注意喚起): where a label in
    nisc's words stands in the text, for the checks of order and of block."""
    runs = [r for r in re.split(r"[\u3041-\u309f\s]+", normalise(label)) if len(r) >= 2]
    return max(runs, key=len) if runs else None
