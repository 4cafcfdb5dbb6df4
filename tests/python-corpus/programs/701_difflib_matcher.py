import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(), s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))
a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
b = [1, 2, 3, 40, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)
long_b = "x" * 150 + "ab" * 30
m = difflib.SequenceMatcher(None, "xxab", long_b)
print(sorted(m.bpopular), m.ratio())
m = difflib.SequenceMatcher(None, "xxab", long_b, autojunk=False)
print(m.bpopular, round(m.ratio(), 4), m.get_matching_blocks()[:2])
words = ["ape", "apple", "peach", "puppy", "apply", "appel"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whee", "steel"]))
print(difflib.get_close_matches("pring", ["print", "printf", "spring", "ring"], 4, 0.5))
for bad in [lambda: difflib.get_close_matches("a", [], n=0),
            lambda: difflib.get_close_matches("a", [], cutoff=1.5)]:
    try:
        bad()
    except ValueError as e:
        print(e)
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [], [1]).get_opcodes())
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x = 1\n"), difflib.IS_CHARACTER_JUNK("\t"))
