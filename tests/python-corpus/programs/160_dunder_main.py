# a module runs as __main__; module-level names and the main guard
print(__name__)
def main(argv=None):
    print("main called with", argv)
    return 0
VERSION = (1, 2, 3)
if __name__ == "__main__":
    status = main(["--flag"])
    print("status", status)
else:
    print("imported, not run")
print(".".join(map(str, VERSION)))
print(type(__name__).__name__, __name__ == "__main__")
def helper():
    return globals_used_later
globals_used_later = "late binding works"
print(helper())
print(main.__module__)
class Local:
    pass
print(Local.__module__, Local.__qualname__, repr(Local)[:25])
