"""Pretty-printing of email HTML and of JSON, for the code editor's Format action.

HTML: nested block elements are indented, one per line; whitespace is changed only where a
browser ignores it (around block elements, inside tags between attributes, and in text
lines too long to read, where a run of spaces becomes a line break). Tag and attribute
names, attribute values, text, comments and template tags (``{{ }}``, ``{% %}``, ``{# #}``)
are kept as written; ``<pre>``, ``<textarea>``, ``<script>``, ``<style>`` and ``<title>`` keep
their content untouched. A block element styled ``inline…`` (hybrid email columns rely on
the absence of whitespace between ``inline-block`` divs) is treated as inline. Formatting
twice gives the same text as formatting once. HTML that does not parse is still formatted
as far as it goes: nothing is ever dropped or added but whitespace.

JSON: re-indented token by token, so numbers and strings keep their exact spelling.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Final

WIDTH: Final = 120
INDENT: Final = "  "

_BLOCK_NAMES = (
    "address article aside base blockquote body caption center col colgroup dd details dialog dir div "
    "dl dt fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html "
    "legend li link main menu meta nav noscript ol optgroup option p pre script section style summary "
    "table tbody td tfoot th thead title tr ul"
)
BLOCK: Final = frozenset(_BLOCK_NAMES.split(" "))
VOID: Final = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                         "source", "track", "wbr"))  # fmt: skip
# Their content is kept exactly as written (for pre: its whitespace is the layout).
VERBATIM: Final = frozenset({"pre", "script", "style", "textarea", "title", "xmp"})
NOT_INDENTING: Final = frozenset({"html"})

_TEMPLATE_CLOSE: Final = {"{{": "}}", "{%": "%}", "{#": "#}"}
_TEXT_STOP = re.compile(r"<[A-Za-z/!?]|\{[{%#]")
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>{]*")
_ATTR_NAME = re.compile(r"(?:[^\s\"'>/={]|\{(?![{%#]))+")
_UNQUOTED_CHAR = re.compile(r"[^\s>]")
_BREAKABLE = re.compile(r"\s+")
_LINE_START_SPACE = re.compile(r"\n[ \t]*")
_INLINE_STYLE = re.compile(r"""^style\s*=\s*["']?[^"']*\binline""", re.IGNORECASE)


# -- tokens ---------------------------------------------------------------------------------


@dataclass
class _Piece:
    """Inline content kept as written: text, a comment, a template tag, an inline tag."""

    text: str
    breakable: bool = False  # text: its runs of whitespace may become line breaks


@dataclass
class _Start:
    name: str  # lower case
    raw: str
    attrs: list[str] | None  # each attribute as written; None: keep the whole tag as written
    closer: str  # ">", "/>" or " />"
    raw_name: str = ""

    def render(self, indent: str, width: int) -> str:
        if self.attrs is None:
            return self.raw
        one_line = "<" + " ".join([self.raw_name, *self.attrs]) + self.closer
        if len(indent) + len(one_line) <= width or len(self.attrs) < 2:
            return one_line
        # Between attributes a browser ignores whitespace: wrap them under the tag.
        first = "<" + self.raw_name
        hang = indent + INDENT * 2
        lines = [first]
        for attr in self.attrs:
            line = lines[-1]
            column = len(indent) if len(lines) == 1 else 0
            if line == first or column + len(line) + 1 + len(attr) <= width:
                lines[-1] = f"{line} {attr}"
            else:
                lines.append(hang + attr)
        return "\n".join(lines) + self.closer

    @property
    def inline_styled(self) -> bool:
        return any(_INLINE_STYLE.match(a) for a in self.attrs or ())


@dataclass
class _End:
    name: str
    raw: str


@dataclass
class _Element:
    start: _Start
    children: list[_Element | list[_Piece | _Start | _End]] = field(default_factory=list)
    end: _End | None = None
    content: str | None = None  # verbatim elements


def _template_end(text: str, pos: int) -> int:
    closer = _TEMPLATE_CLOSE[text[pos : pos + 2]]
    end = text.find(closer, pos + 2)
    return len(text) if end < 0 else end + 2


def _quoted_end(text: str, pos: int, quote: str) -> int:
    """The index after the closing quote (-1: none); template tags inside are skipped whole."""
    while True:
        end = text.find(quote, pos)
        if end < 0:
            return -1
        brace = text.find("{", pos, end)
        while brace >= 0 and text[brace : brace + 2] not in _TEMPLATE_CLOSE:
            brace = text.find("{", brace + 1, end)
        if brace < 0:
            return end + 1
        pos = _template_end(text, brace)


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _parse_start(text: str, pos: int) -> tuple[_Start, int] | None:
    """The start tag at ``pos`` (``<`` then a letter), or None when it never closes."""
    name_match = _TAG_NAME.match(text, pos + 1)
    assert name_match is not None
    raw_name = name_match.group()
    i = name_match.end()
    attrs: list[str] | None = []
    n = len(text)
    while True:
        i = _skip_space(text, i)
        if i >= n:
            return None
        ch = text[i]
        if ch == ">":
            closer, i = ">", i + 1
            break
        if text.startswith("/>", i):
            closer = " />" if text[i - 1].isspace() else "/>"
            i += 2
            break
        if text[i : i + 2] in _TEMPLATE_CLOSE:
            attrs, i = None, _template_end(text, i)
            continue
        name = _ATTR_NAME.match(text, i)
        if name is None:  # a stray quote, slash or equals sign: keep the tag as it is
            attrs, i = None, i + 1
            continue
        attr_start, i = i, name.end()
        after = _skip_space(text, i)
        if after < n and text[after] == "=":
            i = _skip_space(text, after + 1)
            if i < n and text[i] in "\"'":
                end = _quoted_end(text, i + 1, text[i])
                if end < 0:
                    return None
                i = end
            else:
                while i < n:
                    if text[i : i + 2] in _TEMPLATE_CLOSE:
                        i = _template_end(text, i)
                    elif _UNQUOTED_CHAR.match(text, i):
                        i += 1
                    else:
                        break
        if attrs is not None:
            attrs.append(text[attr_start:i])
    raw = text[pos:i]
    if attrs is not None and any("\n" in a for a in attrs):
        attrs = None  # a value spanning lines: its layout is the author's
    return _Start(raw_name.lower(), raw, attrs, closer, raw_name), i


@functools.cache
def _closing_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}[\s/>]", re.IGNORECASE)


def _tokens(text: str) -> list[_Piece | _Start | _End | tuple[str, str]]:
    """Pieces, tags, and ("verbatim", content) right after a verbatim element's start tag."""
    out: list[_Piece | _Start | _End | tuple[str, str]] = []
    i, n = 0, len(text)

    def text_piece(end: int) -> None:
        if end > i:
            out.append(_Piece(text[i:end], breakable=True))

    while i < n:
        stop = _TEXT_STOP.search(text, i)
        if stop is None:
            text_piece(n)
            break
        text_piece(stop.start())
        i = stop.start()
        two = text[i : i + 2]
        if two in _TEMPLATE_CLOSE:
            end = _template_end(text, i)
            out.append(_Piece(text[i:end]))
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            end = n if end < 0 else end + 3
            out.append(_Piece(text[i:end]))
        elif two in ("<!", "<?"):
            end = text.find(">", i)
            end = n if end < 0 else end + 1
            out.append(_Piece(text[i:end]))
        elif two == "</":
            name = _TAG_NAME.match(text, i + 2)
            end = text.find(">", i)
            if name is None or end < 0:
                out.append(_Piece(text[i : i + 2], breakable=False))
                end = i + 2
            else:
                out.append(_End(name.group().lower(), text[i : end + 1]))
                end += 1
        else:
            parsed = _parse_start(text, i)
            if parsed is None:
                out.append(_Piece("<"))
                end = i + 1
            else:
                start, end = parsed
                out.append(start)
                if start.name in VERBATIM and not start.closer.endswith("/>"):
                    found = _closing_pattern(start.name).search(text, end)
                    content_end = n if found is None else found.start()
                    out.append(("verbatim", text[end:content_end]))
                    end = content_end
        i = end
    return out


# -- the tree -------------------------------------------------------------------------------


_IMPLIED: Final[dict[str, frozenset[str]]] = {
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tr": frozenset({"td", "th", "tr"}),
    "thead": frozenset({"td", "th", "tr", "thead", "tbody", "tfoot"}),
    "tbody": frozenset({"td", "th", "tr", "thead", "tbody", "tfoot"}),
    "tfoot": frozenset({"td", "th", "tr", "thead", "tbody", "tfoot"}),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "option": frozenset({"option"}),
}

Run = list[_Piece | _Start | _End]
Children = list[_Element | Run]


class _TreeBuilder:
    """Block elements nest (for indentation); inline content gathers into runs. An end tag
    closes the latest open element of its name, block or inline-styled alike."""

    def __init__(self, tokens: list[_Piece | _Start | _End | tuple[str, str]]) -> None:
        self.tokens = tokens
        self.root = _Element(_Start("", "", [], ">"))
        self.stack = [self.root]
        self.inline_open: list[tuple[int, str]] = []  # (token index, name) of inline-styled blocks
        self.opened_at: dict[int, int] = {id(self.root): -1}  # element -> its token index

    def run(self) -> Run:
        children = self.stack[-1].children
        if not children or not isinstance(children[-1], list):
            children.append([])
        last = children[-1]
        assert isinstance(last, list)
        return last

    def build(self) -> Children:
        tokens = self.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            index += 1
            if isinstance(token, _Piece):
                self.run().append(token)
            elif isinstance(token, _Start):
                index = self.start(token, index)
            elif isinstance(token, _End):
                self.end(token)
        return self.root.children

    def _verbatim_content(self, index: int) -> tuple[str, int]:
        token = self.tokens[index] if index < len(self.tokens) else None
        return (token[1], index + 1) if isinstance(token, tuple) else ("", index)

    def start(self, token: _Start, index: int) -> int:
        opens = token.name not in VOID and not token.closer.endswith("/>")
        if token.name not in BLOCK or token.inline_styled:
            self.run().append(token)
            if token.name in VERBATIM and opens:  # textarea: its content is one inline piece
                content, index = self._verbatim_content(index)
                self.run().append(_Piece(content))
            elif token.name in BLOCK and opens:
                self.inline_open.append((index - 1, token.name))
            return index
        implied = _IMPLIED.get(token.name, frozenset())
        while len(self.stack) > 1 and self.stack[-1].start.name in implied | {"p"}:
            self.stack.pop()
        element = _Element(token)
        self.stack[-1].children.append(element)
        if token.name in VERBATIM and opens:
            element.content, index = self._verbatim_content(index)
            closing = self.tokens[index] if index < len(self.tokens) else None
            if isinstance(closing, _End) and closing.name == token.name:
                element.end = closing
                index += 1
        elif opens:
            self.opened_at[id(element)] = index - 1
            self.stack.append(element)
        return index

    def end(self, token: _End) -> None:
        if token.name not in BLOCK:
            self.run().append(token)
            return
        depth = next(
            (d for d in range(len(self.stack) - 1, 0, -1) if self.stack[d].start.name == token.name), None
        )
        block_at = -1 if depth is None else self.opened_at[id(self.stack[depth])]
        inline = next((item for item in reversed(self.inline_open) if item[1] == token.name), None)
        if inline is not None and inline[0] > block_at:
            self.inline_open.remove(inline)
            self.run().append(token)
        elif depth is None:  # a stray end tag: on its own line, changing no indentation
            self.stack[-1].children.append(_Element(_Start("", "", [], ""), end=token))
        else:
            del self.stack[depth + 1 :]
            self.stack.pop().end = token


# -- rendering ------------------------------------------------------------------------------


class _Renderer:
    def __init__(self, width: int, indent: str) -> None:
        self.width = width
        self.indent = indent
        self.lines: list[str] = []

    def children(self, children: Children, depth: int) -> None:
        for child in children:
            if isinstance(child, _Element):
                self.element(child, depth)
            else:
                text = self.run(child, depth)
                if text:
                    self.lines.append(text)

    def element(self, element: _Element, depth: int) -> None:
        pad = self.indent * depth
        if not element.start.raw_name:  # a stray end tag
            assert element.end is not None
            self.lines.append(pad + element.end.raw)
            return
        opening = element.start.render(pad, self.width)
        closing = element.end.raw if element.end is not None else ""
        if element.content is not None:
            self.lines.append(pad + opening + element.content + closing)
            return
        runs = [c for c in element.children if not isinstance(c, list) or self.run(c, depth + 1)]
        if not runs:
            self.lines.append(pad + opening + closing)
            return
        if len(runs) == 1 and isinstance(runs[0], list) and "\n" not in opening:
            inner = self.run(runs[0], 0)
            one_line = pad + opening + inner + closing
            if "\n" not in inner and len(one_line) <= self.width:
                self.lines.append(one_line)
                return
        self.lines.append(pad + opening)
        inner_depth = depth if element.start.name in NOT_INDENTING else depth + 1
        self.children(element.children, inner_depth)
        if closing:
            self.lines.append(pad + closing)

    def run(self, pieces: Run, depth: int) -> str:
        """Inline content on its own lines at ``depth``; "" when it is only whitespace."""
        pad = self.indent * depth
        parts: list[tuple[str, bool]] = []
        for piece in pieces:
            if isinstance(piece, _Start):
                parts.append((piece.render(pad, self.width), False))
            elif isinstance(piece, _End):
                parts.append((piece.raw, False))
            else:
                parts.append((piece.text, piece.breakable))
        # Whitespace next to a block boundary is not rendered: strip the run's ends.
        while parts and parts[0][1] and not parts[0][0].strip():
            parts.pop(0)
        while parts and parts[-1][1] and not parts[-1][0].strip():
            parts.pop()
        if not parts:
            return ""
        if parts[0][1]:
            parts[0] = (parts[0][0].lstrip(), True)
        if parts[-1][1]:
            parts[-1] = (parts[-1][0].rstrip(), True)
        text = pad + "".join(_LINE_START_SPACE.sub("\n" + pad, t) if b else t for t, b in parts)
        if max(len(line) for line in text.split("\n")) <= self.width:
            return text
        return self.wrap(parts, pad)

    def wrap(self, parts: list[tuple[str, bool]], pad: str) -> str:
        words: list[str] = [""]
        for chunk, breakable in parts:
            if not breakable:
                words[-1] += chunk
                continue
            for index, word in enumerate(_BREAKABLE.split(chunk)):
                if index:
                    words.append("")
                words[-1] += word
        lines = [pad]
        for word in (w for w in words if w):
            current = lines[-1]
            last_length = len(current.rsplit("\n", 1)[-1])
            if current != pad and last_length + 1 + len(word.split("\n", 1)[0]) > self.width:
                lines.append(pad + word)
            else:
                lines[-1] = current + word if current == pad else f"{current} {word}"
        return "\n".join(lines)


def format_html(html: str, *, width: int = WIDTH, indent: str = INDENT) -> str:
    """``html`` with nested blocks indented and long lines broken; never raises."""
    renderer = _Renderer(width, indent)
    renderer.children(_TreeBuilder(_tokens(html)).build(), 0)
    text = "\n".join(renderer.lines)
    # An unterminated comment or template tag runs to the end, its last newline included.
    return text if not text or text.endswith("\n") else text + "\n"


# -- JSON -----------------------------------------------------------------------------------


class FormatError(ValueError):
    """The text cannot be formatted: ``line`` and ``column`` (1-based) say where."""

    def __init__(self, reason: str, line: int, column: int) -> None:
        super().__init__(f"{reason} (line {line}, column {column})")
        self.reason = reason
        self.line = line
        self.column = column


_JSON_TOKEN = re.compile(r'\s*("(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+)', re.DOTALL)


def format_json(text: str, *, indent: str = INDENT) -> str:
    """Indented JSON with every value spelled as typed; raises FormatError if it does not parse."""
    import json

    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(exc.msg, exc.lineno, exc.colno) from None
    out: list[str] = []
    depth = 0
    previous = ""
    for match in _JSON_TOKEN.finditer(text):
        part = match.group(1)
        closes = part in ("}", "]")
        if closes and previous not in ("{", "["):
            depth -= 1
            out.append("\n" + indent * depth)
        elif closes:
            depth -= 1
        elif previous in ("{", "[", ","):
            out.append("\n" + indent * depth)
        if part in ("{", "["):
            depth += 1
        out.append(": " if part == ":" else part)
        previous = part
    return "".join(out) + "\n"
