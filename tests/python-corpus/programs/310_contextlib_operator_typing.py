# contextlib, operator and typing together, as service code uses them
import contextlib
import operator
from typing import Dict, List, Optional

audit: List[str] = []


@contextlib.contextmanager
def transaction(name: str):
    audit.append(f"begin {name}")
    try:
        yield {"name": name}
        audit.append(f"commit {name}")
    except ValueError as e:
        audit.append(f"rollback {name}: {e}")
    finally:
        audit.append(f"end {name}")


with transaction("t1") as tx:
    tx["rows"] = 3
with transaction("t2"):
    raise ValueError("bad row")
print(audit)
with contextlib.suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
rows: List[Dict[str, Optional[int]]] = [{"id": 3, "score": 10}, {"id": 1, "score": 30}, {"id": 2, "score": 20}]
print(sorted(rows, key=operator.itemgetter("score"), reverse=True)[0], max(rows, key=operator.itemgetter("id")))
print(list(map(operator.itemgetter("id", "score"), rows)), operator.attrgetter("real")(5))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.methodcaller("split", "-")("a-b-c"))
print(operator.add("a", "b"), operator.truediv(7, 2), operator.neg(3), operator.contains([1, 2], 2))
with contextlib.ExitStack() as stack:
    for name in ["x", "y"]:
        stack.enter_context(transaction(name))
    stack.callback(audit.append, "stack closed")
print(audit[-7:])
with contextlib.nullcontext("value") as v:
    print(v, Optional[int], List[str])
