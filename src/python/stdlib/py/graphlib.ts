/**
 * Source of the `graphlib` module (see ../python-source.ts): TopologicalSorter
 * (add, prepare/get_ready/done/is_active, static_order) and CycleError, giving
 * nodes in the order CPython gives them and reporting the cycle its depth-first
 * search finds.
 */
export const GRAPHLIB = String.raw`"""Topological sorting of a graph given as nodes and their predecessors."""
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Marks on a node's count of unfinished predecessors once it has left the sorter.
_PASSED_OUT = -1
_DONE = -2
_END = object()


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles
    exist in the working graph.

    If multiple cycles exist, only one undefined choice among them will be reported
    and included in the exception. The detected cycle can be accessed via the second
    element in the *args* attribute of the exception instance and consists in a list
    of nodes, such that each node is, in the graph, an immediate predecessor of the
    next node in the list. In the reported list, the first and the last node will be
    the same, to make it clear that it is cyclic.
    """
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successors; a node met again while on the current path
        # closes a cycle: the path from its first visit, then the node once more.
        finished = set()
        for start in self._nodes:
            if start in finished:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].successors)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    node = path.pop()
                    del on_path[node]
                    finished.add(node)
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in finished:
                    continue
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
`;
