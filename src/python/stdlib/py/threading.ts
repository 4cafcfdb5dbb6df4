/**
 * Source of the `threading` module (see ../python-source.ts), with a deterministic
 * model: the engine runs one thread of Python code, and Thread.start() runs the
 * thread's run() to completion before it returns (join() then finds it finished,
 * current_thread() is the running Thread meanwhile). This prints what CPython prints
 * for the common demos whose threads do not wait on one another (workers appending
 * to a shared list under a Lock, counters, thread-local data). Locks, RLocks,
 * events, conditions, semaphores and barriers keep CPython's state and errors; a
 * wait that nothing could end in this model returns at once when timed (False) and
 * raises RuntimeError when untimed, instead of hanging. An exception in a thread is
 * reported on stderr as CPython's excepthook does, and the program goes on.
 */
export const THREADING = String.raw`"""Thread module emulating a subset of Java's threading model (the engine's own, deterministic, implementation).

The engine runs one thread of Python code. A Thread's run() executes to completion
inside start(), before start() returns; join() then finds it finished. Locks,
events, conditions and semaphores keep their state and errors, but a wait that
nothing could end in this model returns at once (False for a timed wait) and an
untimed wait on a lock that is held raises RuntimeError instead of hanging.
"""
import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_counter = 0
_active = {}
_main_ident = 140000000000000
_next_ident = _main_ident


def _new_ident():
    global _next_ident
    _next_ident += 4096
    return _next_ident


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


def _deadlock(what):
    raise RuntimeError('%s would wait forever: a thread here runs to completion '
                       'when started, so nothing else can release it' % what)


class _LockBase:
    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *args):
        self.release()


class Lock(_LockBase):
    """A primitive lock (what _thread.allocate_lock() returns)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout >= 0:
            return False
        _deadlock('acquiring a held Lock')

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return '<%s _thread.lock object at %#x>' % (
            'locked' if self._locked else 'unlocked', id(self))


class RLock(_LockBase):
    """A reentrant lock: the thread that holds it may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking or timeout >= 0:
                return False
            _deadlock('acquiring an RLock held by another thread')
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', 'threading', 'RLock',
            self._owner if self._count else 0, self._count, id(self))


class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, 0)>' % (self._lock,)

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            _deadlock('Condition.wait() without a timeout')
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            _deadlock('Condition.wait_for() on a false predicate')
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        return '<%s.%s at %#x: value=%d>' % (self.__class__.__module__,
                                             self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        _deadlock('acquiring a Semaphore at 0')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at %#x: value=%d/%d>' % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return '<%s.%s at %#x: %s>' % (self.__class__.__module__, self.__class__.__qualname__,
                                       id(self), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _deadlock('Event.wait() on an unset event')
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier (for as many parties as this model can bring together: one)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            if self._action:
                self._action()
            self._count = 0
            return index
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class ExceptHookArgs(tuple):
    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args, /):
    """Handle uncaught Thread.run() exception (written to stderr)."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write('Exception in thread %s:\n' % name)
    import traceback
    lines = traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    _sys.stderr.write(''.join(lines))


__excepthook__ = excepthook


class Thread:
    """A class that represents a thread of control (run to completion by start() here)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity (here: run it to completion)."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _new_ident()
        _active[self._ident] = self
        global _current
        previous = _current
        _current = self
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            _current = previous
            self._is_stopped = True
            del _active[self._ident]

    def run(self):
        """Method representing the thread's activity."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        """Return whether the thread is alive."""
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = 'MainThread'
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _main_ident
        self._started = True
        self._is_stopped = False
        self._initialized = True


class Timer(Thread):
    """Call a function after a specified number of seconds (here: when started, unless cancelled first)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main = _MainThread()
_active[_main_ident] = _main
_current = _main


def current_thread():
    """Return the current Thread object."""
    return _current


currentThread = current_thread


def main_thread():
    """Return the main thread object."""
    return _main


def get_ident():
    """Return a non-zero integer that uniquely identifies the current thread."""
    return _current._ident


get_native_id = get_ident


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_active)


activeCount = active_count


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return list(_active.values())


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __init__(self, *args, **kw):
        if (args or kw) and type(self).__init__ is local.__init__:
            raise TypeError('Initialization arguments are not supported')
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__init', (args, kw))

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        if ident not in dicts:
            dicts[ident] = {}
            if ident != object.__getattribute__(self, '_local__first'):
                args, kw = object.__getattribute__(self, '_local__init')
                cls_init = type(self).__init__
                if cls_init is not local.__init__:
                    dicts[ident]['_local__running_init'] = True
                    cls_init(self, *args, **kw)
        return dicts[ident]

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__' or name == '__dict__':
            if name == '__dict__':
                return local._local__dict(self)
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name.startswith('_local__'):
            return object.__setattr__(self, name, value)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]

    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        object.__setattr__(self, '_local__first', get_ident())
        return self
`;
