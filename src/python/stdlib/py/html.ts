/** Source of the `html` module (see ../python-source.ts). */
export const HTML = String.raw`"""General functions for HTML manipulation: escape and unescape."""
import re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


_NAMED = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0", "copy": "\xa9",
    "reg": "\xae", "trade": "\u2122", "hellip": "\u2026", "mdash": "\u2014", "ndash": "\u2013",
    "laquo": "\xab", "raquo": "\xbb", "euro": "\u20ac", "pound": "\xa3", "yen": "\xa5", "cent": "\xa2",
    "deg": "\xb0", "times": "\xd7", "divide": "\xf7", "middot": "\xb7", "sect": "\xa7", "para": "\xb6",
    "eacute": "\xe9", "egrave": "\xe8", "agrave": "\xe0", "ccedil": "\xe7", "uuml": "\xfc",
    "ouml": "\xf6", "auml": "\xe4", "szlig": "\xdf", "ntilde": "\xf1",
}

_charref = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def _replace_charref(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num == 0 or 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        return chr(num)
    name = s.rstrip(";")
    if name in _NAMED and s.endswith(";"):
        return _NAMED[name]
    if name in ("amp", "lt", "gt", "quot") :
        return _NAMED[name] + s[len(name):].lstrip(";")
    return "&" + s


def unescape(s):
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
`;
