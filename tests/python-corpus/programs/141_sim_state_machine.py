# a state machine with class constants, dict dispatch and transitions logged
class Door:
    OPEN, CLOSED, LOCKED = "open", "closed", "locked"
    TRANSITIONS = {
        ("closed", "open"): "open",
        ("open", "close"): "closed",
        ("closed", "lock"): "locked",
        ("locked", "unlock"): "closed",
    }
    def __init__(self):
        self.state = Door.CLOSED
        self.log = []
    def handle(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            self.log.append(f"ignored {event} while {self.state}")
            return False
        old, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{old} --{event}--> {self.state}")
        return True
door = Door()
results = [door.handle(e) for e in ["open", "lock", "close", "lock", "open", "unlock", "open"]]
print(results)
print("\n".join(door.log))
print(door.state, Door.OPEN, door.LOCKED)
def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = 0
    while True:
        yield states[i], durations[states[i]]
        i = (i + 1) % len(states)
light = traffic_light()
timeline = []
t = 0
for _ in range(5):
    state, dur = next(light)
    timeline.append(f"t={t}:{state}")
    t += dur
print(" ".join(timeline))
