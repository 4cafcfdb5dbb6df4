# a small stack-based virtual machine with dict dispatch
def run(program, trace=False):
    stack, pc, out, env = [], 0, [], {}
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b, "lt": lambda a, b: a < b,
    }
    steps = 0
    while pc < len(program):
        op, *args = program[pc]
        steps += 1
        if trace:
            print(f"  {pc:>2} {op:<6} {args!s:<10} {stack}")
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[op](a, b))
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "jmpf":
            if not stack.pop():
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            out.append(stack.pop())
        else:
            raise ValueError(f"unknown op {op!r}")
    return out, steps
factorial = [
    ("push", 1), ("store", "acc"), ("push", 1), ("store", "i"),
    ("load", "i"), ("push", 11), ("lt",), ("jmpf", 17),
    ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"), ("jmp", 4),
    ("load", "acc"), ("print",),
]
print(run(factorial))
print(run([("push", 2), ("push", 3), ("add",), ("print",)], trace=True))
try:
    run([("bogus",)])
except ValueError as e:
    print("ValueError:", e)
