"""HTML (and AMP) highlighting: tags, attributes, values, comments, entities, CSS inside
``<style>`` and ``style="…"``, and template tags anywhere, even inside attribute values.

The state at the end of a line packs: where the scanner is (main, 4 bits), which raw-text
element it is in or opening (3 bits), an unfinished template tag (2 bits), whether the
attribute value being read is a ``style`` (1 bit) and the CSS state (8 bits).
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from app.ui.code_editor import css_syntax
from app.ui.code_editor.highlighting import IncrementalHighlighter

TEXT, TAG_OPEN, ATTR_EQ, ATTR_VALUE, VALUE_DQ, VALUE_SQ, VALUE_UQ, TAG_CLOSE = range(8)
COMMENT, DOCTYPE, CSS, SCRIPT, RCDATA = range(8, 13)
RAW_ELEMENTS: Final = {"style": 1, "script": 2, "textarea": 3, "title": 4}
_RAW_STATE: Final = {1: CSS, 2: SCRIPT, 3: RCDATA, 4: RCDATA}
_RAW_CLOSE: Final = {
    kind: re.compile(rf"</({name})(?![\w-])", re.IGNORECASE) for name, kind in RAW_ELEMENTS.items()
}

_TEXT_STOP: Final = re.compile(r"[<&]")
_TAG_NAME: Final = re.compile(r"[A-Za-z][\w:.-]*")
_ENTITY: Final = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_IN_TAG: Final = re.compile(r"(?P<space>\s+)|(?P<end>/?>)|(?P<name>[^\s\"'<>/={]+)|(?P<other>.)")
_NOT_SPACE: Final = re.compile(r"\S")
_UNQUOTED: Final = re.compile(r"[^\s>]+")


def pack(main: int, raw: int, template: int, style: int, css: int) -> int:
    return main | raw << 4 | template << 7 | style << 9 | css << 10


def unpack(state: int) -> tuple[int, int, int, int, int]:
    return state & 15, state >> 4 & 7, state >> 7 & 3, state >> 9 & 1, state >> 10 & 255


class HtmlHighlighter(IncrementalHighlighter):
    language: ClassVar[str] = "html"

    def highlight(self, text: str, state: int) -> int:
        main, raw, template, style, css = unpack(state)
        fmt = self.fmt
        set_format = self.setFormat
        openers = self.template_openers(text)
        next_opener = 0
        n = len(text)
        i = 0
        while i < n:
            if template:
                i, template = self.template_body(text, i, template)
                continue
            while next_opener < len(openers) and openers[next_opener] < i:
                next_opener += 1
            limit = openers[next_opener] if next_opener < len(openers) else n
            if limit == i:
                if main == ATTR_VALUE:
                    main = VALUE_UQ  # the value is a template tag: it ends at a space
                template = self.open_template(text, i)
                i, template = self.template_body(text, i + 2, template, opened_at=i + 2)
                continue

            if main == TEXT:
                special = _TEXT_STOP.search(text, i, limit)
                if special is None:
                    i = limit
                    continue
                if special.start() > i:
                    i = special.start()
                    continue
                if text[i] == "&":
                    entity = _ENTITY.match(text, i, limit)
                    if entity is None:
                        i += 1
                    else:
                        set_format(i, entity.end() - i, fmt["entity"])
                        i = entity.end()
                elif text.startswith("<!--", i):
                    set_format(i, 4, fmt["comment"])
                    main, i = COMMENT, i + 4
                elif text.startswith(("<!", "<?"), i):
                    set_format(i, 2, fmt["doctype"])
                    main, i = DOCTYPE, i + 2
                elif text.startswith("</", i):
                    name = _TAG_NAME.match(text, i + 2, limit)
                    if name is None:
                        i += 2
                    else:
                        set_format(i, 2, fmt["punctuation"])
                        set_format(i + 2, name.end() - i - 2, fmt["tag"])
                        main, raw, i = TAG_CLOSE, 0, name.end()
                else:
                    name = _TAG_NAME.match(text, i + 1, limit)
                    if name is None:
                        i += 1
                    else:
                        set_format(i, 1, fmt["punctuation"])
                        set_format(i + 1, name.end() - i - 1, fmt["tag"])
                        raw = RAW_ELEMENTS.get(name.group().lower(), 0)
                        main, i = TAG_OPEN, name.end()

            elif main == TAG_OPEN:
                token = _IN_TAG.match(text, i, limit)
                assert token is not None  # any character matches "other"
                kind = token.lastgroup
                start, i = i, token.end()
                if kind == "end":
                    set_format(start, i - start, fmt["punctuation"])
                    if i - start == 2 or not raw:  # "/>" or an ordinary element
                        main, raw = TEXT, 0
                    else:
                        main, css = _RAW_STATE[raw], 0
                elif kind == "name":
                    set_format(start, i - start, fmt["attribute"])
                    main = ATTR_EQ
                    style = 1 if text[start:i].lower() == "style" else 0

            elif main == ATTR_EQ:
                found = _NOT_SPACE.search(text, i, limit)
                if found is None:
                    i = limit
                elif text[found.start()] == "=":
                    set_format(found.start(), 1, fmt["punctuation"])
                    main, i = ATTR_VALUE, found.start() + 1
                else:
                    main, style, i = TAG_OPEN, 0, found.start()

            elif main == ATTR_VALUE:
                found = _NOT_SPACE.search(text, i, limit)
                if found is None:
                    i = limit
                    continue
                i = found.start()
                quote = text[i]
                if quote in "\"'":
                    set_format(i, 1, fmt["string"])
                    main = VALUE_DQ if quote == '"' else VALUE_SQ
                    css = css_syntax.pack(css_syntax.DECLARATIONS, 0, 0, 0, 0)
                    i += 1
                elif quote == ">":
                    main, style = TAG_OPEN, 0
                else:
                    main = VALUE_UQ

            elif main in (VALUE_DQ, VALUE_SQ):
                close = text.find('"' if main == VALUE_DQ else "'", i, limit)
                stop = limit if close < 0 else close
                if style:
                    css = css_syntax.scan(self, text, i, stop, css)
                else:
                    set_format(i, stop - i, fmt["string"])
                    if "&" in text[i:stop]:
                        for entity in _ENTITY.finditer(text, i, stop):
                            set_format(entity.start(), entity.end() - entity.start(), fmt["entity"])
                if close < 0:
                    i = limit
                else:
                    set_format(close, 1, fmt["string"])
                    main, style, css, i = TAG_OPEN, 0, 0, close + 1

            elif main == VALUE_UQ:
                value = _UNQUOTED.match(text, i, limit)
                if value is None:
                    main, style = TAG_OPEN, 0
                else:
                    set_format(i, value.end() - i, fmt["string"])
                    i = value.end()
                    if i < limit:
                        main, style = TAG_OPEN, 0

            elif main == TAG_CLOSE:
                close = text.find(">", i, limit)
                if close < 0:
                    i = limit
                else:
                    set_format(close, 1, fmt["punctuation"])
                    main, i = TEXT, close + 1

            elif main in (COMMENT, DOCTYPE):
                closer = "-->" if main == COMMENT else ">"
                close = text.find(closer, i, limit)
                stop = limit if close < 0 else close + len(closer)
                set_format(i, stop - i, fmt["comment" if main == COMMENT else "doctype"])
                if close >= 0:
                    main = TEXT
                i = stop

            else:  # CSS, SCRIPT, RCDATA: raw text up to the element's end tag
                end_tag = _RAW_CLOSE[raw].search(text, i, limit) if raw else None
                stop = limit if end_tag is None else end_tag.start()
                if main == CSS:
                    css = css_syntax.scan(self, text, i, stop, css)
                if end_tag is None:
                    i = limit
                else:
                    set_format(stop, 2, fmt["punctuation"])
                    set_format(stop + 2, end_tag.end() - stop - 2, fmt["tag"])
                    main, raw, css, i = TAG_CLOSE, 0, 0, end_tag.end()
        return pack(main, raw, template, style, css_syntax.end_of_line(css))
