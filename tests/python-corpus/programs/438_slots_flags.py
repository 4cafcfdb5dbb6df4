from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, [p.name for p in rw], bool(Perm(0)))
print(Perm.ALL, Perm(7), ~Perm.READ, rw & Perm.WRITE, list(Perm), len(Perm))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, repr(Mode.R | Mode.X), Mode.R + 1, Mode(6) == 6)


class Particle:
    __slots__ = ("x", "y", "vx", "vy")

    def __init__(self, x, y, vx=0.0, vy=0.0):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        return self

    def __repr__(self):
        return f"Particle({self.x:.1f}, {self.y:.1f})"


ps = [Particle(0, 0, 1, 2), Particle(5, 5, -1, 0)]
for _ in range(3):
    for p in ps:
        p.step(0.5)
print(ps, hasattr(ps[0], "__dict__"), Particle.x)
try:
    ps[0].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
