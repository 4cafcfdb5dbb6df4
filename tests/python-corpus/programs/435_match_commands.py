def handle(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walking {direction}"
        case ["go", other]:
            return f"unknown direction {other!r}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["say", *words]:
            return " ".join(words).upper() or "silence"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"what is {verb}?"


for c in ["go north", "go up", "take key lamp", "take", "say hi there", "say", "", "exit", "dance"]:
    print(f"{c!r:18} -> {handle(c)}")


def describe(value):
    match value:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as x:
            return f"number {x}"
        case str(s) if not s:
            return "empty string"
        case (x, y):
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"id": int(ident), **extra}:
            return f"record {ident} {sorted(extra)}"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, -4, 2.5, "", (1, 2), [9, 8, 7], {"id": 3, "b": 1, "a": 2}, {"x": 1}, "text"]:
    print(describe(v))
