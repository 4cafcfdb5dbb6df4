/**
 * Files written and read back within a run (the in-memory file system behind open()
 * and os): text and binary modes, append, exclusive creation, r+, encodings, csv and
 * json through files, directories, renames, and the OSErrors with CPython's messages.
 * CPython runs each program in a fresh temporary directory.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { py } from "./cpython";

function cpythonIn(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "files-"));
  try {
    return execFileSync("python3", ["-c", source], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectSame(source: string): void {
  const r = runProgram(source);
  expect(r.error?.traceback ?? null).toBeNull();
  expect(r.stdout).toBe(cpythonIn(source));
}

describe("files", () => {
  it("open() modes, iteration, os functions, FileNotFoundError", () => {
    expectSame(py`
      with open("notes.txt", "w") as f:
          f.write("line one\n")
          f.writelines(["line two\n", "line three\n"])
          print("written", f.name, f.mode, f.closed)
      print(f.closed)
      with open("notes.txt") as f:
          print(f.read())
      with open("notes.txt", "a") as f:
          print("appended", file=f)
      with open("notes.txt", "r", encoding="utf-8") as f:
          for i, line in enumerate(f, 1):
              print(i, line.rstrip())
      import os
      print(os.path.exists("notes.txt"), os.path.getsize("notes.txt"))
      os.remove("notes.txt")
      print(os.path.exists("notes.txt"))
      try:
          open("missing.txt")
      except FileNotFoundError as e:
          print(e)
    `);
  });

  it("json and csv through files, binary, x and r+ modes, directories, renames, errors", () => {
    expectSame(py`
      import os, json, csv
      os.makedirs("data/raw", exist_ok=True)
      with open("data/raw/users.json", "w") as f:
          json.dump([{"name": "ann", "age": 31}, {"name": "bob", "age": 27}], f, indent=2)
      with open("data/raw/users.json") as f:
          users = json.load(f)
      print(users, os.listdir("data"), os.listdir("data/raw"))
      with open("data/out.csv", "w", newline="") as f:
          w = csv.writer(f)
          w.writerow(["name", "age"])
          for u in users:
              w.writerow([u["name"], u["age"]])
      with open("data/out.csv", newline="") as f:
          print(list(csv.DictReader(f)))
      with open("bin.dat", "wb") as f:
          f.write(bytes(range(5)))
          f.write(b"\xff")
      with open("bin.dat", "rb") as f:
          print(f.read(2), f.read(), f.tell(), repr(f))
      with open("log.txt", "x") as f:
          f.write("first\n")
      try:
          open("log.txt", "x")
      except FileExistsError as e:
          print(type(e).__name__, e, e.errno, e.filename)
      f = open("log.txt", "r+")
      print(repr(f.read()), f.tell())
      f.write("second\n")
      f.seek(0)
      print(f.readlines(), f.closed)
      f.close()
      print(f.closed)
      for bad in ["rw", "z", "rbt"]:
          try:
              open("log.txt", bad)
          except ValueError as e:
              print(e)
      try:
          open("data")
      except IsADirectoryError as e:
          print(e)
      try:
          f.read()
      except ValueError as e:
          print(e)
      with open("log.txt") as g:
          try:
              g.write("x")
          except Exception as e:
              print(type(e).__name__, e)
      print(os.path.getsize("log.txt"), os.path.isdir("data"), os.path.isfile("data"))
      os.rename("log.txt", "data/log.txt")
      print(sorted(os.listdir("data")), os.path.exists("log.txt"))
      with open("uni.txt", "w", encoding="utf-8") as f:
          print("héllo ☃", file=f)
      with open("uni.txt", encoding="utf-8") as f:
          line = f.readline()
          print(repr(line), len(line), f.tell())
      with open("uni.txt", "rb") as f:
          print(f.read())
    `);
  });
});
