import sys


def main(argv):
    counts = {}
    for word in "the cat and the hat and the bat".split():
        counts[word] = counts.get(word, 0) + 1
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{word:>5}: {'#' * n}")
    return 0


try:
    sys.exit(2)
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("caught", repr(e), e.code)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
status = main(sys.argv)
print("status", status)
sys.exit(status)
print("never printed")
