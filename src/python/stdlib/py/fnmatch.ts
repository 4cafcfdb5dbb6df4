/**
 * Source of the `fnmatch` module (see ../python-source.ts). translate() gives
 * CPython 3.11's regular expression text (atomic groups between stars); matching
 * compiles the same pattern with plain lazy groups, which match the same names.
 */
export const FNMATCH = String.raw`"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _matcher(pat):
    m = _compiled.get((type(pat), pat))
    if m is None:
        if isinstance(pat, bytes):
            text = _parts(str(pat, 'ISO-8859-1'), False)
            m = re.compile(text.encode('ISO-8859-1')).match
        else:
            m = re.compile(_parts(pat, False)).match
        _compiled[(type(pat), pat)] = m
    return m


def filter(names, pat):
    result = []
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    for name in names:
        if match(os.path.normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def translate(pat):
    return _parts(pat, True)


def _bracket(pat, i, n):
    # The class starting after '[' at i: (regex, index after ']'), or None when unclosed.
    j = i
    negate = j < n and pat[j] == '!'
    if negate:
        j += 1
    # A ']' first in the class is a member, not its end.
    end = j + 1 if j < n and pat[j] == ']' else j
    end = pat.find(']', end)
    if end < 0:
        return None
    body = pat[j:end]
    items = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            items.append((body[k], body[k + 2]))
            k += 3
        else:
            items.append((body[k], None))
            k += 1

    def esc(c):
        # Backslash and hyphen stand for themselves; set operations are escaped.
        return '\\' + c if c in '\\-&~|' else c

    out = []
    for lo, hi in items:
        if hi is None:
            out.append(esc(lo))
        elif lo <= hi:
            out.append(esc(lo) + '-' + esc(hi))
    text = ''.join(out)
    if not text:
        return ('.' if negate else '(?!)'), end + 1
    if negate:
        text = '^' + text
    elif text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']', end + 1


def _parts(pat, atomic):
    segments = [[]]
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # A run of stars is one star: each star starts a new fixed segment.
            if i < 2 or pat[i - 2] != '*':
                segments.append([])
        elif c == '?':
            segments[-1].append('.')
        elif c == '[':
            found = _bracket(pat, i, n)
            if found is None:
                segments[-1].append('\\[')
            else:
                text, i = found
                segments[-1].append(text)
        else:
            segments[-1].append(re.escape(c))
    texts = [''.join(s) for s in segments]
    if len(texts) == 1:
        body = texts[0]
    else:
        body = texts[0]
        for mid in texts[1:-1]:
            body += ('(?>.*?%s)' if atomic else '.*?%s') % mid
        body += '.*' + texts[-1]
    return '(?s:%s)\\Z' % body
`;
