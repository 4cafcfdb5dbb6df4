import os, json, csv, io
path = "test_output_tmp.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "line three\n"])
    print("printed line", file=f)
with open(path) as f:
    print(f.read())
with open(path, "a", encoding="utf-8") as f:
    f.write("appended é\n")
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(path) as f:
    print(f.readline(), f.readlines())
print(os.path.exists(path), os.path.getsize(path), os.path.isfile(path), os.path.basename(path))
data = {"a": [1, 2], "b": None}
with open("tmp_data.json", "w") as f:
    json.dump(data, f, indent=2)
with open("tmp_data.json") as f:
    print(json.load(f) == data, f.name, f.closed)
print(f.closed)
with open("tmp.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "score"])
    w.writerows([["ann", 90], ["bob", 85]])
with open("tmp.csv") as f:
    rows = list(csv.DictReader(f))
print(rows)
with open("tmp.bin", "wb") as f:
    f.write(bytes(range(5)))
with open("tmp.bin", "rb") as f:
    print(f.read(), f.tell())
for p in [path, "tmp_data.json", "tmp.csv", "tmp.bin"]:
    os.remove(p)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
