# global and nonlocal, and UnboundLocalError
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
def set_new_global():
    global created
    created = "made inside"
set_new_global()
print(created)
x = "global x"
def reads():
    return x
def shadows():
    x = "local x"
    return x
print(reads(), shadows(), x)
def broken():
    try:
        print(y_value)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y_value = 1
    return y_value
print(broken())
def outer():
    level = 1
    def middle():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level *= 10
        inner()
    middle()
    return level
print(outer())
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
