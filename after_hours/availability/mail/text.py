"""The words a client wrote: plain text from a raw message, HTML converted, quotes removed.

Only the standard library: ``email`` for MIME and ``html.parser`` for HTML. The triage reads
the subject and the new part of the body, so quoted earlier messages (the clinician's own
replies, often) and signatures are removed. Where a rule could cut the client's own words it
errs on keeping them: a quoted line is dropped only when it is marked as quoted, and a
signature only when it is short and after a standard delimiter.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from html.parser import HTMLParser

# Elements whose content is not text a person reads.
_INVISIBLE = {"script", "style", "head", "title", "template", "noscript"}
# Elements that end a line of text.
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
# Containers mail programs put quoted replies and signatures in.
_QUOTE_CLASSES = {
    "gmail_quote",
    "gmail_signature",
    "yahoo_quoted",
    "moz-signature",
    "moz-cite-prefix",
}
_QUOTE_IDS = {"divrplyfwdmsg", "signature", "ms-outlook-mobile-signature"}
# Outlook marks the start of the quoted part with an empty element: everything after is quoted.
_REST_IS_QUOTE_IDS = {"appendonsend"}

_SIGNATURE_MAX_LINES = 10
_MOBILE_FOOTER = re.compile(
    r"^\s*(sent from my \S.*|get outlook for \S.*|sent from (yahoo )?mail for \S.*|"
    r"sent from outlook( for \S.*)?|sent with proton mail.*)\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_END = re.compile(
    r"(wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|escreveu)\s*:\s*$", re.IGNORECASE
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|"
    r"mensaje original)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*\*?(from|de|von|sent|date|to|subject|cc)\s*:\*?", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


class _TextExtractor(HTMLParser):
    """Collects readable text, skipping invisible elements and quote/signature containers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_tag: str | None = None
        self._skip_depth = 0
        self._stopped = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._stopped:
            return
        if self._skip_tag is not None:
            if tag == self._skip_tag and tag not in _VOID:
                self._skip_depth += 1
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").lower().split())
        element_id = (values.get("id") or "").lower()
        if element_id in _REST_IS_QUOTE_IDS:
            self._stopped = True
            return
        quoted = (
            tag == "blockquote"
            or classes & _QUOTE_CLASSES
            or element_id in _QUOTE_IDS
            or tag in _INVISIBLE
        )
        if quoted and tag not in _VOID:
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._stopped and self._skip_tag is None and tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._stopped:
            return
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._stopped and self._skip_tag is None:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def html_to_text(html: str) -> str:
    """Readable text from HTML: block elements become lines, quotes and scripts are dropped."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        pass  # badly broken markup: keep what was read so far
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _tidy(list(lines))


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join RFC 3676 ``format=flowed`` soft line breaks, so a phrase is not split in two."""
    out: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line.rstrip() != "--":
            buffer += line[:-1] if delsp else line
            continue
        out.append(buffer + line)
        buffer = ""
    if buffer:
        out.append(buffer)
    return "\n".join(out)


def strip_replies(text: str) -> str:
    """Remove quoted earlier messages, a short signature and mobile footers from plain text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _ORIGINAL_MESSAGE.match(line) or _starts_header_block(lines, index):
            break  # Outlook-style: everything below is the message being answered
        if _UNDERSCORES.match(line) and _starts_header_block(lines, _next_nonblank(lines, index)):
            break
        if line.rstrip() in {"-- ", "--"} and _is_short_tail(lines, index):
            break  # the signature delimiter, followed by a short signature
        if line.lstrip().startswith(">"):
            continue
        if _ATTRIBUTION_END.search(line) and _next_is_quoted(lines, index):
            # "On Fri, 20 Nov 2026, J. wrote:" directly above quoted lines. A line that merely
            # ends in "wrote:" but is followed by the client's own words is kept.
            if _wrapped_attribution(kept, line):
                kept.pop()
            continue
        if _MOBILE_FOOTER.match(line):
            continue
        kept.append(line.rstrip())
    return _tidy(kept)


def message_text(raw: bytes) -> str:
    """The text to triage: the subject and the client's own words in the body."""
    msg = message_from_bytes(raw, policy=policy.default)
    subject = _header(msg, "subject")
    body = _body_text(msg) if isinstance(msg, EmailMessage) else ""
    parts = [p for p in (subject.strip(), body.strip()) if p]
    return "\n\n".join(parts)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the parser cannot decode
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _body_text(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        return ""
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return strip_replies(html_to_text(content))
    params = part.get_params() or []
    params_dict = {k.lower(): (v or "").lower() for k, v in params if isinstance(v, str)}
    if params_dict.get("format") == "flowed":
        content = unflow(content, delsp=params_dict.get("delsp") == "yes")
    return strip_replies(content)


_ATTRIBUTION_START = re.compile(r"^\s*(on|le|am|el|il|op|em|den|på)\s", re.IGNORECASE)


def _wrapped_attribution(kept: list[str], line: str) -> bool:
    """Whether the last kept line is the first half of an attribution wrapped over two lines.

    Gmail wraps long ones: ``On Fri, 20 Nov 2026 at 23:40, J. Doe <`` then ``jd@x.org> wrote:``.
    """
    if not kept or _ATTRIBUTION_START.match(line):
        return False
    previous = kept[-1]
    return bool(
        _ATTRIBUTION_START.match(previous)
        and re.search(r"\d", previous)
        and not _ATTRIBUTION_END.search(previous)
        and len(previous) + len(line) < 200
    )


def _next_nonblank(lines: list[str], index: int) -> int:
    for j in range(index + 1, len(lines)):
        if lines[j].strip():
            return j
    return len(lines)


def _next_is_quoted(lines: list[str], index: int) -> bool:
    j = _next_nonblank(lines, index)
    return j < len(lines) and lines[j].lstrip().startswith(">")


def _starts_header_block(lines: list[str], index: int) -> bool:
    """A ``From:`` line followed closely by ``Sent:``/``Date:`` and ``To:``/``Subject:``."""
    if index >= len(lines) or not re.match(r"^\s*\*?(from|de|von)\s*:", lines[index], re.I):
        return False
    window = [ln.strip().lower().lstrip("*") for ln in lines[index + 1 : index + 6]]
    has_when = any(ln.startswith(("sent:", "date:", "envoyé :", "gesendet:")) for ln in window)
    has_what = any(ln.startswith(("to:", "subject:", "à :", "an:", "objet :")) for ln in window)
    return has_when and has_what and all(not ln or _HEADER_LINE.match(ln) for ln in window[:2])


def _is_short_tail(lines: list[str], index: int) -> bool:
    rest = [ln for ln in lines[index + 1 :] if ln.strip()]
    return len(rest) <= _SIGNATURE_MAX_LINES


def _tidy(lines: list[str]) -> str:
    """Drop leading/trailing blank lines and squeeze runs of blank lines to one."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
