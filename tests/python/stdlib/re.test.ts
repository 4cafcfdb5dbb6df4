import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

// Patterns, strings and templates are compared against CPython's sre, messages included.
describe("re", () => {
  it("pattern syntax errors: messages, positions, flags and reprs", () => {
    expectSameAsCPython(py`
      import re
      pats=['(unclosed','a)','*a','a**','a{2}{3}','(?<x)','\\q','[abc','(?P<1a>x)','(?P=nope)','\\3','(?P<a>x)(?P<a>y)','[z-a]','(?<=a+)b','a(?i)b','(?P<a','x{3,2}','(?','[\\d-z]','\\','(?z)','a|*','(?P>x)','(?<!ab|c)d','(?i','\\x1','\\u12','[]','a{,3}','{1}','x{1,2','(?>a+)b','a++','\\8', '(?P<>x)', '(?<', '^*', 'a\n(b', '(?#unclosed', '[a-', '(?-i:a)', '(?i-a:x)', '(?(1)a|b)', '\\N{EM DASH}', '(a)(?<=\\1)', '[\\w-]', '\\b*']
      for p in pats:
          try:
              r = re.compile(p)
              print(repr(p), 'OK', r.groups)
          except re.error as e:
              print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
          except Exception as e:
              print(repr(p), '->', type(e).__name__, e)
      print(re.compile('a', re.I|re.M), re.compile('a'), re.compile('a').flags, re.compile('(?i)a').flags, re.compile('a', re.X|re.S|re.A))
      print(re.compile('x'*300))
      print(re.error('boom'), re.error('boom', 'pat', 1), repr(re.error('m', 'a\nb', 3)), issubclass(re.error, Exception))
    `);
  });

  it("matching semantics: empty matches, groups, templates, split, positions", () => {
    expectSameAsCPython(py`
      import re
      print(re.findall(r'|a','a'), re.split(r'\b','a b'), re.sub('x*','-','abxd'), re.findall(r'a*?','aa'), re.findall(r'\w*', 'ab c'))
      m = re.match(r'((a)b)(c)?', 'ab'); print(m.lastindex, m.lastgroup, m.regs, m.groups(), m.groups(0), m.group(0, 1, 3))
      m = re.match(r'(?P<x>a)|(?P<y>b)', 'b'); print(m.lastindex, m.lastgroup, m.groupdict(), m.groups('-'), m['y'], m.start('y'), m.end(1), m.span(2))
      print(re.escape('a.b*c d_e-f~#&é\n'), re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'ab cd', count=1))
      try:
          re.sub('a', lambda m: 1, 'xa')
      except TypeError as e:
          print(e)
      print(re.compile('(?P<a>x)(y)').groupindex, re.compile('(?P<a>x)(y)').groups)
      m = re.search('b', 'abc'); print(m, m.start(), m.span(), m.string, m.re, m.pos, m.endpos, bool(m))
      for g in [3, 'zz', -1, 1.0]:
          try:
              m.group(g)
          except IndexError as e:
              print('IndexError', e)
      for t in [r'\g<x>', r'\g<9>', r'\g<', r'\g<>', r'\g<1', r'\q', r'\&', r'\8', r'\g<a>-\1-\g<1>-\n', r'\0\01\012x', r'\g<-1>', 'x\\']:
          try:
              print(repr(t), repr(re.sub('(?P<a>b)', t, 'abc')))
          except Exception as e:
              print(repr(t), type(e).__name__, e)
      print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.subn(r'\s+', ' ', ' a  b   c '), re.sub('a', 'b', 'aaa', 2), re.sub('', '-', 'abc'))
    `);
  });

  it("Unicode classes, flags, lookarounds, atomic groups, astral characters, objects", () => {
    expectSameAsCPython(py`
      import re
      print(re.split(r'(,)\s*', 'a, b,c'), re.split(r',', 'a,b,c', maxsplit=1), re.split(r'(a)|b', 'xaybz'), re.split('x*', 'axbc'), re.split(r'\s+', '  a b  '))
      print(re.findall(r'(\w)(\d)?', 'a1b c3'), re.findall(r'\d+', ''), list(re.finditer(r'\d', 'a1b2')), [m.span() for m in re.finditer(r'', 'ab')])
      print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'), re.fullmatch(r'\d+', '123x'), re.search('^b', 'ab'), re.search('^b', 'a\nb', re.M))
      p = re.compile(r'\d')
      print(p.search('a1b2', 2), p.search('a1b2', 2, 3), p.match('a1', 1), p.match('a1', 0), p.findall('1234', 1, 3), p.fullmatch('12', 1), p.search('123', 5), p.search('123', -5))
      print(re.search(r'x$', 'x\n'), re.search(r'x$', 'x\n\n'), re.search(r'x\Z', 'x\n'), re.findall(r'^\w', 'a\nb\rc', re.M), re.findall(r'.', 'a\nb\r'), re.findall(r'(?s).', 'a\nb'))
      print(re.findall(r'\w+', 'héllo wörld 42 ñ_x'), re.findall(r'\d', '١٢3'), re.findall(r'\s', 'a\x1cb\u00a0c\ufeffd'), re.findall(r'\bé\w*', 'x été'), re.findall(r'(?a)\w+', 'héllo'))
      print(re.findall(r'[^\W\d]+', 'ab12cd_3'), re.findall(r'[\W\d]+', 'ab12 !cd'), re.findall(r'[\s\S]', 'a\n'), re.findall(r'[^\S\n]', 'a b\nc\td'))
      print(re.findall(r'(?i)straße', 'STRASSE straße Straße'), re.findall(r'(?i:a)b', 'ab Ab aB'), re.findall(r'[a-c]', 'ABCabc', re.I), re.findall(r'(?x) a b # comment', 'ab a b'))
      print(re.search(r'(?<=\$)\d+', 'cost $42'), re.search(r'(?<!\d)\d{2}(?!\d)', '123 45 6789'), re.findall(r'(?>a+)b', 'aab ab'), re.findall(r'a++b', 'aab'), re.findall(r'x*+x', 'xxx'))
      print(re.findall(r'😀+', 'a😀😀b😀'), re.search(r'b', '😀ab').span(), re.sub(r'b', 'X', '😀😀b'), re.split(r'😀', 'a😀b'), re.search(r'.b', '😀b').span(), [m.start() for m in re.finditer(r'\w', 'é😀a')])
      print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{,2}', 'aaa'), re.findall(r'a{2,}', 'a aa aaa'), re.findall(r'x{1,2', 'x{1,2'), re.findall(r'{', 'a{b'), re.findall(r']', 'a]'), re.findall(r'a{}', 'a{}'))
      print(re.findall(r'(a)(?P=x)?', 'aa') if False else re.findall(r'(?P<x>a)(?P=x)', 'aaa'), re.findall(r'(\w)\1', 'aabbcd'), re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.findall(r'\101\x41\u0041\N{LATIN CAPITAL LETTER A}', 'AAAA'))
      m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
      print(m.expand(r'\g<last>, \g<first>'), m.expand(r'\2 \1'), m.groupdict(), m.group('first', 'last'), repr(m))
      print(re.match('a', 'a').__class__, type(re.compile('a')), re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), re.compile(re.compile('a')))
      try:
          re.compile(re.compile('a'), re.I)
      except ValueError as e:
          print('ValueError', e)
      for bad in [lambda: re.search('a', 1), lambda: re.compile(1), lambda: re.escape(1)]:
          try:
              bad()
          except TypeError as e:
              print('TypeError', e)
      print(re.sub(r'(?m)^', '> ', 'a\nb\n'), re.sub(r'$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'), re.findall(r'\Ba\B', 'bab a aa'))
      print(type(re.finditer('a', 'a')).__name__, int(re.I | re.M), int(re.A), int(re.X), int(re.S), int(re.U), int(re.L), int(re.NOFLAG))
    `);
  });
});
