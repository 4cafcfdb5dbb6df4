from dataclasses import dataclass, field, astuple, FrozenInstanceError, fields


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        return cls(*map(int, core.split(".")), label=label)

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.label}" if self.label else base


versions = [Version.parse(t) for t in ["1.2.3", "1.10.0", "1.2.3-beta", "0.9.9", "2.0.0"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)], max(versions))
print(Version(1, 2, 3) == Version(1, 2, 3, "rc1"), hash(Version(1)) == hash(Version(1, 0, 0)))
print(len({Version(1), Version(1, 0), Version(2)}), astuple(Version(3, 1)), [f.name for f in fields(Version)])
try:
    versions[0].major = 9
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()), tree)
