import io
s = io.StringIO("a\nb\nc\n")
print(s.readlines(1), s.readlines(), s.readable(), s.writable(), s.seekable(), s.isatty(), s.tell())
print(isinstance(s, io.IOBase), isinstance(io.BytesIO(), io.IOBase))
with io.BytesIO(b"x\ny") as b:
    print(list(b), b.tell())
try:
    s.close(); s.read()
except ValueError as e:
    print(e)
with open("f.txt", "w") as f:
    f.writelines(["1\n", "2\n"])
    print(f.readable(), f.writable(), isinstance(f, io.IOBase))
with open("f.txt") as f:
    print(f.readlines(1), list(f), f.tell())
