from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath('/usr/lib/python3.11/json/__init__.py')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.anchor, p.root, repr(p.drive))
print(p.parent, p.parents, list(p.parents)[-2:], p.parents[0], p.parents[-1], p.parents[1:3])
print(p.with_name('decoder.py'), p.with_suffix('.pyc'), p.with_stem('main'), p.with_suffix(''))
print(p.relative_to('/usr/lib'), p.is_relative_to('/usr'), p.is_relative_to('/etc'), p.is_absolute())
q = PurePosixPath('src') / 'pkg' / 'archive.tar.gz'
print(q, q.suffixes, q.stem, q.is_absolute(), 'root' / q, q.joinpath('x', '/abs', 'y'))
print(PurePosixPath('//a//b/./c/'), PurePosixPath('///a'), PurePosixPath(''), PurePosixPath('a', '/b', 'c'))
print(PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffixes, PurePosixPath('..').parent,
      PurePosixPath('../x/..').parts, PurePosixPath('/').name, PurePosixPath('/').parent)
print(repr(PurePath('x/y')), repr(Path('x/y')), str(Path('a') / 'b'), Path('a').as_posix())
print(q.match('*.gz'), q.match('pkg/*.gz'), q.match('/src/*/*'), q.match('src/*'), q.match('*/*/*.tar.*'))
paths = [PurePosixPath(s) for s in ['b', 'a/c', 'a', '/z', 'a/b/c']]
print(sorted(paths), PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == 'a')
print(PurePosixPath('/a b/c%').as_uri(), bytes(q), str(PurePath(q)), {q: 1}[PurePosixPath('src//pkg/./archive.tar.gz')])
for bad in [lambda: p.relative_to('/etc'), lambda: PurePosixPath('a').relative_to('/a'),
            lambda: PurePosixPath('/').with_name('x'), lambda: p.with_suffix('py'),
            lambda: p.with_suffix('./x'), lambda: q.with_name(''), lambda: q.with_name('a/b'),
            lambda: PurePosixPath('a').match(''), lambda: PurePosixPath('a').as_uri(),
            lambda: p.parents[9], lambda: p.relative_to()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: q / 5, lambda: PurePosixPath(5), lambda: p < 'a', lambda: Path(None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
missing = Path('no_such_dir_for_corpus') / 'file.txt'
print(missing.exists(), missing.is_file(), missing.parent.is_dir())
for op in [missing.read_text, missing.read_bytes, missing.unlink, missing.parent.rmdir,
           lambda: missing.mkdir(), lambda: list(missing.parent.iterdir())]:
    try:
        op()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
missing.unlink(missing_ok=True)
try:
    missing.write_text(b'x')
except TypeError as e:
    print(e)
