"""HTML to text in one linear pass over the markup, whatever its nesting or brokenness.

No tree is built: the text between two block boundaries (a paragraph, list item, heading, quote,
cell...) becomes one paragraph, so 32,000 unclosed ``<p>`` or lists nested 100,000 deep cost what
their bytes cost (a tree walk took minutes on them). Nor is the standard library's HTMLParser used:
it searches for the end of an unterminated construct from every ``<`` (``"<a b='" * 20000`` took
over 10 s, doubling in time with each doubling in length). Here each search for a ``>`` or ``-->``
starts past the last one found, and once none is left the rest is plain text (or comment, as a
browser reads an unclosed one), so every byte is looked at a bounded number of times.
"""

from __future__ import annotations

import html
import re

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
RAW_TEXT = frozenset({"script", "style", "noscript", "template", "textarea", "xmp", "iframe"})  # skipped whole
_TAG = re.compile(r"(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_SPACE = re.compile(r"\s+")


class _Text:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title: list[str] = []
        self.first_h1 = ""
        self.in_head = self.in_title = self.in_h1 = False

    def data(self, text: str) -> None:
        if self.in_title:
            self.title.append(text)
        elif not self.in_head:
            self.current.append(text)

    def flush(self) -> None:
        text = _SPACE.sub(" ", html.unescape("".join(self.current))).strip()
        self.current.clear()
        if text:
            if self.in_h1 and not self.first_h1:
                self.first_h1 = text
            self.blocks.append(text)

    def tag(self, closing: bool, name: str) -> None:
        if name == "head":
            self.in_head = not closing
        elif name == "title":
            self.in_title = not closing
        elif name in BLOCKS:
            if name == "body":
                self.in_head = False
            self.flush()
            self.in_h1 = name == "h1" and not closing


def html_text(raw: str) -> tuple[str, str, bool]:
    """(text with one paragraph per block, title, whether any markup was seen)."""
    out = _Text()
    low = raw.lower()
    markup = False
    pos, n = 0, len(raw)
    next_gt = -2  # the first '>' at or after the current '<' (-1: none left; -2: not looked yet)
    while pos < n:
        lt = raw.find("<", pos)
        if lt < 0:
            out.data(raw[pos:])
            break
        out.data(raw[pos:lt])
        if raw.startswith("<!--", lt):
            markup = True
            # "<!-->" and "<!--->" are empty comments that close at once, as the HTML standard's
            # tokenizer reads them (abrupt closing of an empty comment); otherwise the comment runs
            # to the first "-->" after its opening
            for empty in ("<!-->", "<!--->"):
                if raw.startswith(empty, lt):
                    pos = lt + len(empty)
                    break
            else:
                end = raw.find("-->", lt + 4)
                if end < 0:
                    break  # an unclosed comment runs to the end of the file
                pos = end + 3
            continue
        if next_gt != -1 and next_gt < lt:
            next_gt = raw.find(">", lt + 1)
        if next_gt < 0:
            out.data(raw[lt:])  # no tag can close any more: the rest is text
            break
        m = _TAG.match(raw, lt + 1, next_gt)
        if m is None and not raw.startswith(("<!", "<?"), lt):
            out.data("<")  # "a < b"
            pos = lt + 1
            continue
        markup = True
        pos = next_gt + 1
        if m is None:  # <!DOCTYPE ...>, <?xml ...?>, <![CDATA[...]]>
            continue
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name in RAW_TEXT and not closing:
            end = low.find(f"</{name}", pos)
            if end < 0:
                break  # unclosed script: nothing after it is text
            pos = end
            continue
        out.tag(closing, name)
    out.flush()
    title = _SPACE.sub(" ", html.unescape("".join(out.title))).strip() or out.first_h1
    return "\n\n".join(out.blocks), title, markup
