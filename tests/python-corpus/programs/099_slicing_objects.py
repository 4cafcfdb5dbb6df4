# slices as objects, indices(), slicing of tuples, ranges and custom classes
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[s], tuple(data)[s], "abcdefghij"[s], range(10)[s])
print(data[slice(3)], data[slice(-2, None)], data[-100:100])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r["k"], r[:, 1])
rev = data[::-1]
print(rev[2:7], rev[-1], data[9:0:-3], data[-1:-4:-1])
print(data[::2][::-1], data[1::2][1:3])
row = [1, 2, 3, 4, 5, 6]
row[1:5:2] = ["b", "d"]
print(row)
try:
    row[1:5:2] = ["only one"]
except ValueError as e:
    print("ValueError:", e)
print("hello world"[-5:], "hello"[1:-1], "abc"[-1::-1], "x"[5:])
print([1, 2, 3][:0], (1, 2, 3)[::-2], b"abcdef"[1::2])
