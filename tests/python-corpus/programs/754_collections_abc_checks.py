# collections.abc: which builtins are instances of which ABCs, mixin methods of user classes.
from collections.abc import (Callable, Collection, Container, Generator, Hashable, ItemsView,
                             Iterable, Iterator, KeysView, Mapping, MutableMapping,
                             MutableSequence, Reversible, Sequence, Set, Sized, ValuesView)
ABCS = (Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Sized, Callable,
        Container, Collection, Generator, Set, MutableSequence, Reversible)
samples = [[], (), {}, set(), "s", b"b", 3, iter([]), (x for x in []), range(3), {}.keys(),
           {}.items(), {}.values(), len, None, bytearray()]
for v in samples:
    print(type(v).__name__, [c.__name__ for c in ABCS if isinstance(v, c)])
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))

class MyMap(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(dict(m), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})

class MySeq(Sequence):
    def __getitem__(self, i):
        return [1, 2, 3][i]
    def __len__(self):
        return 3
s = MySeq()
print(list(reversed(s)), s.index(2), s.count(3), 2 in s, isinstance(s, Reversible))
try:
    class Bad(Mapping):
        pass
    Bad()
except TypeError as e:
    print(e)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class NoHash:
    __hash__ = None
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(NoHash(), Hashable))
