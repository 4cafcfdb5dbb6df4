# scoping: LEGB, class bodies are not enclosing scopes, comprehension scopes
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
class Scope:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x.upper()
print(Scope().method(), Scope.y, Scope.z)
def builtin_shadow():
    len = lambda obj: "shadowed"
    return len([1, 2])
print(builtin_shadow(), len([1, 2]))
def uses_later_global():
    return later_value * 2
later_value = 21
print(uses_later_global())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comprehension_no_leak():
    [j for j in range(3)]
    try:
        return j
    except NameError as e:
        return str(e)
print(comprehension_no_leak())
def make():
    fns = {}
    for name in ["a", "b"]:
        def f(prefix=name):
            return prefix + name
        fns[name] = f
    return fns
fs = make()
print(fs["a"](), fs["b"]())
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)
def shadow_param(list):
    return list
print(shadow_param(5), list("ok"))
