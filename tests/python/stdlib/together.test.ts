import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("stdlib modules used together", () => {
  it("json of collections and IntEnum, re + Counter + itertools + string pipelines", () => {
    expectSameAsCPython(py`
      import json, re, itertools, functools, collections, math, string, operator
      from collections import OrderedDict, Counter, defaultdict, namedtuple, deque
      from enum import Enum, IntEnum
      P = namedtuple("P", "x y")
      class Level(IntEnum):
          LOW = 1
          HIGH = 2
      print(json.dumps({"od": OrderedDict(b=1, a=2), "c": Counter("aab"), "dd": defaultdict(int, k=3), "p": P(1, 2), "lvl": Level.HIGH}))
      try:
          json.dumps(deque([1]))
      except TypeError as e:
          print(e)
      words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man in possession of a good fortune".lower())
      freq = Counter(words)
      print(freq.most_common(3), sorted(freq, key=lambda w: (-freq[w], w))[:4])
      groups = {k: list(g) for k, g in itertools.groupby(sorted(words, key=len), key=len)}
      print(groups)
      print(functools.reduce(operator.add, map(len, words)), math.fsum(map(len, words)) / len(words))
      table = string.Template("$word: $count")
      print("\n".join(table.substitute(word=w, count=c) for w, c in freq.most_common(2)))
      print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 5)), dict(zip("abc", itertools.count(10))))
      dq = deque(sorted(words)[:5], maxlen=3)
      print(dq, list(reversed(dq)), dq.count("a"))
      print(re.sub(r"(?P<w>\b\w)", lambda m: m["w"].upper(), " ".join(words[:4])), [m.span() for m in re.finditer("a", "banana")])
      nested = defaultdict(lambda: defaultdict(list))
      for i, w in enumerate(words[:6]):
          nested[len(w)][w[0]].append(i)
      print(json.dumps(nested, sort_keys=True))
      print(sorted(P(*t) for t in itertools.product(range(2), repeat=2)), max(P(1, 2), P(1, 3)), P(1, 2)._asdict())
      c = Counter(a=3, b=1)
      c2 = c.copy(); c2["z"] = 5
      print(c, c2, c == c2, Counter(a=3, b=1) == c)
      print(json.loads(json.dumps({"e": Level.LOW, "t": (1, 2)})))
    `);
  });
});
