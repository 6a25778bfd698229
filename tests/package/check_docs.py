#!/usr/bin/env python3
"""Checks that nisc's documentation keeps up with include/. Run by CTest (tests/package).

    check_docs.py reference ROOT        every public header has docs/reference/<header>.md, which
                                        names the header and every public name it declares
    check_docs.py troubleshooting ROOT  every `nisc:` diagnostic in include/ is in docs/troubleshooting.md
    check_docs.py snippets ROOT CXX WORK  the C++ in docs/ compiles: reference blocks and one-line
                                        examples (a table row ending in a code span) as statements,
                                        tutorial and how-to blocks with `int main` as programs

Exit status 1 with one line per problem, each naming the file to fix.
"""
from __future__ import annotations

import pathlib
import re
import subprocess
import sys

# --- public headers and the names they declare -------------------------------------------------

DETAIL_OPEN = re.compile(r'^\s*namespace\s+(nisc::)?detail\s*\{')
NAMESPACE_CLOSE = re.compile(r'^\s*\}\s*//\s*namespace')
PATTERNS = [
    re.compile(r'^\s*(?:template\s*<[^>]*>\s*)?(?:struct|class)\s+(\w+)\s*(?:final\s*)?[{:]'),  # type
    re.compile(r'^\s*enum\s+class\s+(\w+)'),                                                   # enum
    re.compile(r'^\s*using\s+(\w+)\s*='),                                                      # alias
    re.compile(r'^\s*concept\s+(\w+)\s*='),                                                    # concept
    re.compile(r'^\s*(?:template\s*<.*>\s*)?concept\s+(\w+)\s*='),
    re.compile(r'^\s*(?:inline|static)\s+constexpr\s+[^=;({]*?\b(\w+)\s*(?:<[^>]*>)?\s*[{=]'),  # variable
    re.compile(r'^\s*(\w+)\s*(?:=\s*[^,]+)?,?\s*///<'),                                        # enumerator
    re.compile(r'\b(\w+)\s*(?:\{\s*\}|=\s*[^;]+)?;\s*///<'),                                   # documented field
    re.compile(r'operator""\s*(\w+)\s*\('),                                                   # literal
    re.compile(r'^\s*#\s*define\s+(NISC_\w+)'),                                               # macro
]
FUNCTION = re.compile(
    r'^\s*(?:\[\[\w+\]\]\s*)?(?:friend\s+|static\s+|inline\s+|explicit\s+)*(?:constexpr|consteval)\s+'
    r'(?:explicit\s+)?(?:[\w:<>,\s\*&]+?\s+)?(\w+)\s*\(')
NOT_NAMES = {"operator", "if", "for", "while", "return", "sizeof", "noexcept", "decltype", "static_assert",
             "requires", "auto", "const", "row", "bool"}


def public_headers(root: pathlib.Path) -> list[pathlib.Path]:
    base = root / "include" / "nisc"
    return sorted(p for p in base.rglob("*.hpp") if "detail" not in p.relative_to(base).parts)


def public_names(header: pathlib.Path) -> set[str]:
    names: set[str] = set()
    in_detail = 0
    private_indent = -1  # indentation of the `private:` whose members are being skipped
    for line in header.read_text(encoding="utf-8").splitlines():
        indent = len(line) - len(line.lstrip())
        if private_indent >= 0:
            if not line.strip() or indent > private_indent:
                continue
            private_indent = -1
        if re.match(r'^\s*private:', line):
            private_indent = indent
            continue
        code = line.split("///")[0] if "///<" not in line else line
        if DETAIL_OPEN.match(code):
            in_detail += 1
            continue
        if in_detail:
            if NAMESPACE_CLOSE.match(code):
                in_detail -= 1
            continue
        if code.lstrip().startswith("//") and "///<" not in code:
            continue
        found = [m.group(1) for p in PATTERNS for m in p.finditer(code)]
        f = FUNCTION.match(code)
        if f:
            found.append(f.group(1))
        for n in found:
            if (n not in NOT_NAMES and not n.endswith("_") and not n.endswith("_HPP") and not n.startswith("nisc_")
                    and len(n) > 1):
                names.add(n)
    return names


def reference_page(root: pathlib.Path, header: pathlib.Path) -> pathlib.Path:
    rel = header.relative_to(root / "include" / "nisc").with_suffix(".md")
    return root / "docs" / "reference" / rel


def check_reference(root: pathlib.Path) -> list[str]:
    problems = []
    pages = set()
    for header in public_headers(root):
        include = "nisc/" + header.relative_to(root / "include" / "nisc").as_posix()
        page = reference_page(root, header)
        pages.add(page)
        shown = page.relative_to(root).as_posix()
        if not page.is_file():
            problems.append(f"include/{include} has no reference page: write {shown}")
            continue
        text = page.read_text(encoding="utf-8")
        if f"<{include}>" not in text:
            problems.append(f"{shown} does not name its header <{include}>")
        for name in sorted(public_names(header)):
            if not re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
                problems.append(f"{shown} does not mention `{name}`, declared in include/{include}")
    for page in sorted((root / "docs" / "reference").rglob("*.md")):
        if page.name != "README.md" and page not in pages:
            problems.append(f"{page.relative_to(root).as_posix()} documents a header that does not exist")
    return problems


# --- diagnostics ------------------------------------------------------------------------------

MESSAGE = re.compile(r'"(nisc: (?:[^"\\]|\\.)*)"')
TRAP = re.compile(r'\b(nisc_\w+)\s*\(\s*\)\s*noexcept')


def check_troubleshooting(root: pathlib.Path) -> list[str]:
    doc = root / "docs" / "troubleshooting.md"
    if not doc.is_file():
        return ["docs/troubleshooting.md is missing"]
    text = doc.read_text(encoding="utf-8")
    problems = []
    for header in sorted((root / "include").rglob("*.hpp")):
        source = header.read_text(encoding="utf-8")
        where = header.relative_to(root).as_posix()
        for m in MESSAGE.finditer(source):
            message = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
            if message not in text:
                problems.append(f'docs/troubleshooting.md lacks "{message}" ({where})')
        for m in TRAP.finditer(source):
            if m.group(1) not in text:
                problems.append(f"docs/troubleshooting.md lacks {m.group(1)} ({where})")
    return problems


# --- code in the docs -------------------------------------------------------------------------

BLOCK = re.compile(r'^```cpp\n(.*?)^```', re.S | re.M)
# A table row whose last cell is one code span: the one-line example of the name in its first cell.
EXAMPLE_CELL = re.compile(r'^\|.*\|\s*`([^`]+)`\s*\|\s*$')


def blocks(page: pathlib.Path):
    text = page.read_text(encoding="utf-8")
    for m in BLOCK.finditer(text):
        yield text.count("\n", 0, m.start(1)) + 1, m.group(1)


def example_cells(page: pathlib.Path):
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        m = EXAMPLE_CELL.match(line)
        if m:
            code = m.group(1).replace("\\|", "|").strip()
            yield number, code if code.endswith((";", "}")) else code + ";"


def check_snippets(root: pathlib.Path, cxx: str, work: pathlib.Path) -> list[str]:
    work.mkdir(parents=True, exist_ok=True)
    include = root / "include"
    headers = ["nisc/" + h.relative_to(include / "nisc").as_posix() for h in public_headers(root)]
    units: list[tuple[pathlib.Path, str]] = []

    # Reference pages: every block is statements, compiled in a function body of one translation
    # unit that includes every public header; #line points errors at the page.
    body = [f"#include <{h}>" for h in headers] + [
        "#include <algorithm>", "#include <cstdio>", "#include <optional>", "#include <sstream>", "#include <ranges>", "#include <string>",
        "#include <string_view>", "using namespace nisc::literals;", "void reference_snippets() {"]
    count = 0
    for page in sorted((root / "docs" / "reference").rglob("*.md")):
        examples = list(example_cells(page)) if page.name != "README.md" else []
        for line, code in list(blocks(page)) + examples:
            body += ["{", f'#line {line} "{page.as_posix()}"', code, "}"]
            count += 1
    body.append("}")
    units.append((work / "reference_snippets.cpp", "\n".join(body) + "\n"))

    # Tutorial and how-to pages: every block with a main() is a whole program.
    pages = [root / "docs" / "tutorial.md"] + sorted((root / "docs" / "howto").glob("*.md"))
    for page in pages:
        if not page.is_file():
            continue
        for line, code in blocks(page):
            if "int main(" in code:
                name = f"{page.stem}_{line}.cpp"
                units.append((work / name, f'#line {line} "{page.as_posix()}"\n{code}'))
    problems = []
    for path, text in units:
        path.write_text(text, encoding="utf-8")
        r = subprocess.run([cxx, "-std=c++20", "-fsyntax-only", f"-I{include}", str(path)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{path.name} does not compile:\n{r.stdout}{r.stderr}")
    print(f"compiled {count} reference snippets and {len(units) - 1} programs")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__)
        return 2
    root = pathlib.Path(argv[2]).resolve()
    if argv[1] == "reference":
        problems = check_reference(root)
    elif argv[1] == "troubleshooting":
        problems = check_troubleshooting(root)
    elif argv[1] == "snippets" and len(argv) == 5:
        problems = check_snippets(root, argv[3], pathlib.Path(argv[4]))
    else:
        print(__doc__)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
