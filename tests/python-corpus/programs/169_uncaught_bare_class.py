# raising a class with no arguments: the last line is just the class name
# raises: Timeout
class Timeout(Exception):
    """Raised when a deadline passes."""
def wait(steps, limit):
    for i in range(steps):
        if i >= limit:
            raise Timeout
        print("waiting", i)
wait(2, 5)
print("first wait done")
wait(5, 3)
