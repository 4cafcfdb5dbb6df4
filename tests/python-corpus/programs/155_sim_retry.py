# a retry decorator with arguments, exceptions and functools.wraps
import functools
def retry(times, exceptions=(Exception,), log=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    if log is not None:
                        log.append(f"{fn.__name__} attempt {attempt} failed: {e!r}")
                    if attempt == times:
                        raise
        return wrapper
    return deco
log = []
state = {"calls": 0}
@retry(3, (ConnectionError,), log)
def flaky(succeed_on):
    """Fails until the given attempt."""
    state["calls"] += 1
    if state["calls"] < succeed_on:
        raise ConnectionError(f"try {state['calls']}")
    return f"ok after {state['calls']}"
print(flaky(2), flaky.__name__, flaky.__doc__)
state["calls"] = 0
try:
    flaky(10)
except ConnectionError as e:
    print("gave up:", e)
@retry(5, (KeyError,), log)
def wrong_kind():
    raise ValueError("not retried")
try:
    wrong_kind()
except ValueError as e:
    print("ValueError:", e)
print("\n".join(log))
print(issubclass(ConnectionError, OSError), ConnectionError.__mro__[1].__name__)
