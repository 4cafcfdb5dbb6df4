/**
 * Source of the `shlex` module (see ../python-source.ts): split, quote, join and the
 * shlex lexer in posix and non-posix mode (punctuation_chars, source inclusion and
 * error_leader are not provided).
 */
export const SHLEX = String.raw`"""A lexical analyzer class for simple shell-like syntaxes."""
import re
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self._chars = []

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _getc(self):
        if self._chars:
            return self._chars.pop()
        return self.instream.read(1) if self.instream is not None else ''

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        posix = self.posix
        quoted = False
        escaped_from = ' '
        state = ' '
        token = ''
        while True:
            ch = self._getc()
            if ch == '\n':
                self.lineno += 1
            if state == ' ':
                if not ch:
                    state = None
                    break
                if ch in self.whitespace:
                    if token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    escaped_from = 'a'
                    state = ch
                elif ch in self.wordchars:
                    token = ch
                    state = 'a'
                elif ch in self.quotes:
                    if not posix:
                        token = ch
                    state = ch
                elif self.whitespace_split:
                    token = ch
                    state = 'a'
                else:
                    token = ch
                    if token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not posix:
                        token += ch
                        state = ' '
                        break
                    state = 'a'
                elif posix and ch in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    state = ch
                else:
                    token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash escapes only the quote and itself.
                if escaped_from in self.quotes and ch != state and ch != escaped_from:
                    token += state
                token += ch
                state = escaped_from
            elif state == 'a':
                if not ch:
                    state = None
                    break
                if ch in self.whitespace:
                    state = ' '
                    if token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        state = ' '
                        if token or (posix and quoted):
                            break
                elif posix and ch in self.quotes:
                    state = ch
                elif posix and ch in self.escape:
                    escaped_from = 'a'
                    state = ch
                elif ch in self.wordchars or ch in self.quotes or self.whitespace_split:
                    token += ch
                else:
                    self._chars.append(ch)
                    state = ' '
                    if token or quoted:
                        break
        self.state = state
        if posix and not quoted and token == '':
            return None
        return token

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
`;
