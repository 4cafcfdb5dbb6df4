/**
 * Source of the `timeit` module (see ../python-source.ts): Timer (str or callable
 * stmt and setup, timeit, repeat, autorange) and the timeit/repeat functions. The
 * statements really run `number` times; the times come from `time.perf_counter`
 * (the runtime's virtual clock) when there is one, else from a counter, and are
 * never zero. No command-line interface.
 */
export const TIMEIT = String.raw`"""Tool for measuring execution time of small code snippets (the engine's own implementation).

The engine has no wall clock: default_timer is time.perf_counter when the runtime
provides it (virtual time), else a counter that advances a microsecond per call, so
timings are plausible positive numbers rather than measurements.
"""
import sys as _sys

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5

_ticks = [0]


def _fallback_timer():
    _ticks[0] += 1
    return _ticks[0] * 1e-6


try:
    from time import perf_counter as default_timer
except ImportError:
    default_timer = _fallback_timer


def _indent(src, n):
    return src.replace('\n', '\n' + ' ' * n)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        # As documented for CPython: the statements become the body of a function,
        # so names they bind are that function's locals.
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, 'exec')
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup_src = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        src = ('def inner(_it, _timer):\n    ' + setup_src + '\n    _t0 = _timer()\n'
               '    for _i in _it:\n        ' + stmt_src + '\n        pass\n'
               '    _t1 = _timer()\n    return _t1 - _t0\n')
        exec(compile(src, dummy_src_name, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement."""
        elapsed = self.inner(range(number), self.timer)
        if elapsed <= 0:
            elapsed = number * 1e-8 + 1e-7
        return elapsed

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2 or number >= 100000:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
`;
