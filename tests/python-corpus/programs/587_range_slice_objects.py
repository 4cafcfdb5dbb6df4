# range: indexing, slicing to new ranges, equality by contents, membership; slice.indices.
r = range(0, 20, 3)
print(r, range(5), range(2, 5), range(5, 0, -1), r[2], r[-1], r[1:4], r[::-1], r[::2], range(10)[3:100], range(10)[-100:2])
print(r.index(9), r.count(9), 9 in r, 10 in r, 9.0 in r, "9" in r, len(r), list(reversed(range(1, 10, 4))), list(range(10, 0, -3)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3)))
big = range(10**20)
print(big[10**19], big[-1], big[::10**19], 10**19 in big, big.index(12345))


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("range(3)[5]", lambda: range(3)[5])
attempt("range(0, 3, 0)", lambda: range(0, 3, 0))
attempt("range(1.5)", lambda: range(1.5))
attempt("range(3).index(7)", lambda: range(3).index(7))
attempt("len(range(10**20))", lambda: len(big))
attempt("range(3) < range(4)", lambda: range(3) < range(4))
attempt("range('a')", lambda: range("a"))

s = slice(1, 10, 2)
print(s, slice(3), slice(None), s.start, s.stop, s.step, s == slice(1, 10, 2), slice(1, 2) < slice(1, 3))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7), slice(None, None, -2).indices(0))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(None, None, -2)], (0, 1, 2)[slice(-2, None)], [0, 1, 2, 3][::-1][1:3])
attempt("slice(1, 2, 0).indices(5)", lambda: slice(1, 2, 0).indices(5))
attempt("[1, 2][::0]", lambda: [1, 2][::0])
attempt("slice(1).indices(-1)", lambda: slice(1).indices(-1))
attempt("hash(slice(1))", lambda: hash(slice(1)))
attempt("'ab'[None:None:None]", lambda: "ab"[None:None:None])
attempt("[1][1.0:]", lambda: [1][1.0:])
nums = list(range(10))
nums[2:8:2] = "abc"
del nums[::3]
print(nums)
