/**
 * Sets iterate in CPython's slot order through every kind of change: removals leave
 * dummies that later additions reuse, merges resize up front and copy tables, the
 * in-place operators swap tables, constant displays go through a frozenset, `pop`
 * walks its finger. Each program prints sets of numbers and tuples after such changes;
 * the output must be CPython's.
 */
import { describeAgainstCPython, py } from "../core/harness";

const CASES: Record<string, string> = {
  "removals leave dummies that later additions take": py`
    a = set(range(2, 26)); a.add(48)
    b = a.copy()
    for x in list(a):
        b.discard(x)
    for x in range(0, 36, 7):
        b.add(x)
    print(b, a ^ a, {0, 8} - {0} | {16})
    s = {0, 8}
    s.remove(0)
    s.add(16)
    print(s, list(s))
  `,
  "constant displays, starred displays and comprehensions": py`
    print({1, 9, 17, 25, 33, 41}, {16, 32, 48, 64, 80, 96, 112, 128}, {(1, 2), (3, 4), 5, -7, 2.5})
    x = 1
    a = [16, 32, 48, 64, 80, 96, 112, 128]
    print({x, 9, 17, 25, 33, 41}, {*a, 3}, {v for v in a}, set(a), {*set(a), 5}, {*{1: 2, 9: 3}, 17})
  `,
  "the set algebra, its methods and in-place forms": py`
    a = {16, -9, 0, 105, 57, 42, 3734847685190690792, 31, 710}
    b = {3, 105, 7, 64, 128, 31}
    print(a | b, a & b, a - b, a ^ b, b ^ a, a.union([95], a), a.symmetric_difference([1, 3, 1]))
    print(a.intersection(b, [105, 3]), a.difference([0], b), frozenset(b) | a, set(dict.fromkeys([40, 8, 24])))
    c = set(range(40))
    c -= set(range(0, 40, 3))
    c.add(100)
    d = set(a)
    d &= b
    e = set(b)
    e ^= a
    f = set(range(30))
    f.difference_update(range(20), [25])
    f.update([1000, 64])
    g = set(range(12))
    g.intersection_update(range(5, 50, 2))
    g.symmetric_difference_update([1, 2, 7, 99])
    print(c, d, e, f, g)
  `,
  "pop walks the table from where it stopped": py`
    s = {5, 1, 9, 33, 17, 64, (1, 2)}
    print([s.pop() for _ in range(4)], s)
    s.update([2, 3])
    print(s.pop(), s)
    t = set(range(100))
    for i in range(0, 100, 3):
        t.discard(i)
    print([t.pop() for _ in range(5)], len(t))
  `,
};

describeAgainstCPython("set iteration order through changes", CASES);
