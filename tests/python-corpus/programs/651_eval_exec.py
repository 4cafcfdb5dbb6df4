# eval/exec/compile: caller's namespaces, explicit dicts, locals() after exec, SyntaxError fields
x = 5
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("  x + 1"), eval("[i*i for i in range(4)]"))
exec("z = 10\nprint('exec', z, x)")
print(z)
code = compile("a = 3", "<s>", "exec"); ns = {}; exec(code, ns); print(ns["a"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
def f(y):
    w = 7
    print(eval("y + w + x"))
    exec("q = y * 2")
    print("q" in locals())
    loc = {}
    exec("r = w * 3", globals(), {"w": w})
    exec("r = w * 3", globals(), loc) if "w" in loc else None
    print(loc, locals()["q"])
f(1)
ops = {"add": "a + b", "mul": "a * b", "pow": "a ** b"}
for name, e in ops.items():
    print(name, eval(e, {"a": 3, "b": 4}))
for bad in ["1 +", "x = 1", "def", "(", "1/0", "undefined_name", "import os\n"]:
    try:
        print(eval(bad))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    exec("if True:\nprint(1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
c = compile("3 * 7", "calc", "eval")
print(eval(c), exec(c), type(c).__name__)
g = {}
exec("def sq(n):\n    return n * n\nresult = sq(9)", g)
print(g["result"], g["sq"](4), g["sq"].__name__)
exec("class K:\n    v = 1\n", g)
print(g["K"].v, g["K"].__module__)
print(eval("sum(range(n))", {"n": 10}), eval("len(s)", {}, {"s": "abc"}))
try:
    eval("1", [])
except TypeError as e:
    print(e)
def h():
    exec("val = 42")
    return locals()["val"]
print(h())
import builtins
print(type(builtins).__name__, builtins.len("ab"))
