# generator pipelines: lazy stages that pull from each other
def read_lines(text):
    for line in text.splitlines():
        print(f"  read {line!r}")
        yield line
def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()
def convert(pairs):
    for name, value in pairs:
        try:
            yield name, int(value)
        except ValueError:
            yield name, value
source = """# settings
port = 8080
host = example.org

workers = 4
# end"""
pipeline = convert(parse(read_lines(source)))
print("pipeline built")
first = next(pipeline)
print("first:", first)
print("rest:", dict(pipeline))
def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
def moving(values):
    avg = running_average()
    next(avg)
    for v in values:
        yield round(avg.send(v), 2)
print(list(moving([10, 20, 30, 5])))
def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)), list(batched([], 2)))
