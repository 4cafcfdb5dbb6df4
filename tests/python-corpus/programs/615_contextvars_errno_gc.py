import contextvars
import errno
import gc

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {user.get('anonymous')}: {msg}")


def handle(rid, name):
    request_id.set(rid)
    user.set(name)
    log("handling")
    return request_id.get()


log("start")
for rid, name in [("r1", "ann"), ("r2", "bob")]:
    ctx = contextvars.copy_context()
    print("returned", ctx.run(handle, rid, name), "ctx holds", ctx[request_id], len(ctx))
log("after runs")

token = user.set("root")
log("as root")
print(token.var is user, token.old_value is contextvars.Token.MISSING, user.name)
user.reset(token)
log("reset")
for action in (lambda: user.reset(token), lambda: user.get(), lambda: request_id.reset(user.set("x"))):
    try:
        action()
    except (RuntimeError, LookupError, ValueError) as e:
        print(type(e).__name__)
snapshot = contextvars.copy_context()
user.set("later")
print(snapshot.get(user), user.get(), user in snapshot, request_id in snapshot)
try:
    snapshot["user"]
except TypeError as e:
    print(e)

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[32], errno.EAGAIN == errno.EWOULDBLOCK)
err = OSError(errno.ENOENT, "No such file or directory")
print(err.errno == errno.ENOENT, errno.errorcode[err.errno], err)

print(gc.isenabled(), gc.collect(), gc.collect(2))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
try:
    gc.collect(3)
except ValueError as e:
    print(e)
