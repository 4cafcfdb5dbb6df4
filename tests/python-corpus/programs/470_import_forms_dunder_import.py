import math as m, json
from collections import OrderedDict as OD, namedtuple
from itertools import *
from os import path
import os.path
import collections.abc
from functools import (
    reduce,
    partial,
)
print(m.floor(2.5), json.dumps([1]), OD(a=1), namedtuple("P", "x")(1))
print(list(islice(count(), 3)), reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)("101"))
print(path.join("a", "b"), os.path.basename("/x/y.txt"), os.path.splitext("f.tar.gz"), isinstance([], collections.abc.Sequence))
mod = __import__("math")
print(mod.sqrt(16), __import__("os.path").path is os.path, type(mod).__name__, mod.__name__)
import importlib
j = importlib.import_module("json")
print(j is json, importlib.import_module("collections.abc").Mapping)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
def lazy():
    from string import ascii_lowercase as lc
    import re
    return lc[:3], re.sub("a", "b", "aaa")
print(lazy())
import sys
print("math" in sys.modules, sys.version_info[:2] >= (3, 8), sys.maxsize > 2**31, type(sys.argv).__name__)
print(__name__, m.__name__, json.__name__, OD.__name__, collections.abc.__name__)
