class MyEG(ExceptionGroup): pass
g = MyEG("m", [ValueError(1)])
try:
    try: raise g
    except* TypeError: pass
except Exception as e: print(type(e), e is g)
try:
    try: raise g
    except* ValueError: raise
except Exception as e: print(type(e), e is g)
g2 = ExceptionGroup("m", [ValueError(1), TypeError(2)])
try:
    try: raise g2
    except* ValueError: pass
except Exception as e: print(type(e), e is g2, e)
print(MyEG("x", [ValueError()]).derive([KeyError()]).__class__)
print(g2.split(Exception)[0] is g2, g2.subgroup(lambda e: True) is g2, g2.split(TypeError))
try: BaseExceptionGroup("x", [1])
except ValueError as e: print(e)
try: BaseExceptionGroup("x", [])
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: BaseExceptionGroup("x", 1)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: BaseExceptionGroup(1, [])
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: BaseExceptionGroup("x")
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: MyEG("x", [KeyboardInterrupt()])
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    try: raise ValueError
    except* ExceptionGroup: pass
except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(repr(BaseExceptionGroup("x", [KeyboardInterrupt()])), type(BaseExceptionGroup("x", (ValueError(),))))
print(g2.args, g2.message, g2.exceptions, str(ExceptionGroup("one", [ValueError()])))
try: g2.split(1)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
