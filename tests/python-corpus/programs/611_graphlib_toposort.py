from graphlib import TopologicalSorter, CycleError

# Build steps and what each depends on.
deps = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "tests": ["app", "fixtures"],
    "utils": ["core"],
    "docs": [],
}
print(list(TopologicalSorter(deps).static_order()))

# Parallel batches with prepare/get_ready/done.
ts = TopologicalSorter()
for node, preds in deps.items():
    ts.add(node, *preds)
ts.add("release", "tests", "docs")
ts.prepare()
batch = 1
while ts.is_active():
    ready = ts.get_ready()
    print("batch", batch, ready)
    ts.done(*ready)
    batch += 1
print(bool(ts))

# Integer nodes and repeated edges.
print(list(TopologicalSorter({3: {1, 2}, 2: {1}, 5: {3, 4}, 4: [1, 1]}).static_order()))

# Misuse is reported with ValueError.
t = TopologicalSorter({"b": ["a"]})
for step in (t.get_ready, t.prepare, lambda: t.done("b"), lambda: t.add("c"), t.prepare):
    try:
        print(step())
    except ValueError as e:
        print("ValueError:", e)
print(t.get_ready(), t.get_ready())
for node in ("a", "a", "zzz"):
    try:
        t.done(node)
        print("done", node)
    except ValueError as e:
        print("ValueError:", e)

try:
    TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]}).prepare()
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))

# raises: graphlib.CycleError
list(TopologicalSorter({"x": ["y"], "y": ["z"], "z": ["x"]}).static_order())
