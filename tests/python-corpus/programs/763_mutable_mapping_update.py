# MutableMapping.update as a mixin: mappings, pairs, keywords and its errors; weakref dictionaries inherit it
from collections.abc import MutableMapping
import weakref
class M(MutableMapping):
    def __init__(s): s.d = {}
    def __getitem__(s, k): return s.d[k]
    def __setitem__(s, k, v): s.d[k] = v
    def __delitem__(s, k): del s.d[k]
    def __iter__(s): return iter(s.d)
    def __len__(s): return len(s.d)
m = M(); m.update({'a': 1}, b=2); m.update([('c', 3)]); m.update(m); print(m.d)
for bad in [lambda: m.update(1), lambda: m.update({}, {}), lambda: m.update([(1, 2, 3)]), lambda: m.update([(1,)])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class O: pass
a, b = O(), O()
wv = weakref.WeakValueDictionary(); wv.update({'x': a}, y=b); print(sorted(wv.keys()))
wk = weakref.WeakKeyDictionary(); wk.update([(a, 1)]); wk.update({b: 2}); print(sorted(wk.values()))
