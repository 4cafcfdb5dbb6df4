# Tracebacks printed by traceback.format_exc(): CPython 3.11's ^ and ~ markers
import traceback
def boom(*a): raise ValueError('x')
def gen():
    yield 1
    raise KeyError('g')
def f0(): x = 1 + boom()
def f1():
    for v in gen(): pass
def f2(): a, b = [1, 2, 3]
def f3():
    d = {}
    y = d['k'] + 1
def f4():
    obj = {'a': [1]}
    obj['a'][3] = 2
def f5(): r = (10) / (0) # c
def f6(): r = 1 < 2 < 'a'
def f7(): s = -'a'
def f8(): t = undefined_name + 1
def f9(): u = [boom(i) for i in range(3)]
def f10(): v = sorted([3, 1], key=lambda k: boom(k))
def f11(): x = 'a'.upper().nope()
def f12():
    d = {}
    d['k'] += 1
def f13():
    class C: pass
    c = C()
    c.count += 1
def f14():
    x = int('5') + int(
     'z')
def f15():
    if 1: raise KeyError('z')
def f16(): n = 2 ** 10000.0
for f in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16]:
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'prog.py').split(', in ' + f.__name__, 1)[1])
