import fnmatch
import shlex

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data1.csv", "data22.csv", "Makefile", ".hidden"]
for pat in ("*.py", "test_*", "data?.csv", "data*.csv", "[A-Z]*", "[!.]*e*", "*.[ch]", "*"):
    print(f"{pat:10}", fnmatch.filter(files, pat))
print(fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("A.py", "a.*"), fnmatch.fnmatch("x[1]", "x[[]1]"))
for pat in ("*.py", "a?c", "[!ab]x", "[a-]z", "*a*b*", "**", "[z-a]", "[", "x&y|z"):
    print(repr(pat), fnmatch.translate(pat))

cases = [
    'ls -l "My Documents" file\\ name.txt',
    "echo 'single quoted $HOME' \"double \\\"escaped\\\" $HOME\"",
    "cmd --opt=\"a b\" -x=1 'it'\\''s'",
    "  spaced   out\targs\n",
    'empty "" args \'\'',
]
for line in cases:
    print(shlex.split(line))
print(shlex.split("run # a comment", comments=True), shlex.split("run # kept"))
print(shlex.split('keep "quotes" in non-posix', posix=False))
for bad in ('open "quote', "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
args = ["grep", "-r", "it's", "two words", "", "$PATH", "safe-chars_./:=@%+,"]
for a in args:
    print(shlex.quote(a))
joined = shlex.join(args)
print(joined)
print(shlex.split(joined) == args)
lex = shlex.shlex("x = f(a, 'b c') # note", posix=True)
print(list(lex))
