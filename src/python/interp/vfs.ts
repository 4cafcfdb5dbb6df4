/**
 * The files a program writes and reads back: an in-memory file system, one per
 * interpreter (so per run), starting with the directories `/` (the working directory)
 * and `/tmp`. Paths are normalized POSIX paths; file contents are bytes.
 */

/** A file's bytes, with room to grow (`size` bytes of `data` are the content). */
interface FileData {
  data: Uint8Array;
  size: number;
}

/** Why an operation failed, as the errno CPython's OSError would carry. */
export type FsError = "ENOENT" | "EEXIST" | "EISDIR" | "ENOTDIR" | "ENOTEMPTY" | "ENOSPC";

/** The most a run may keep in its files, in bytes (a runaway writer meets "No space left"). */
const CAPACITY = 64 * 1024 * 1024;

export class FsFailure extends Error {
  constructor(
    readonly code: FsError,
    readonly path: string,
  ) {
    super(code);
  }
}

export class VirtualFiles {
  private readonly files = new Map<string, FileData>();
  private used = 0;
  private readonly dirs = new Set<string>(["/", "/tmp"]);
  cwd = "/";

  /** The absolute, normalized form of `path` (relative to the working directory). */
  resolve(path: string): string {
    const parts: string[] = [];
    for (const p of (path.startsWith("/") ? path : `${this.cwd}/${path}`).split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") parts.pop();
      else parts.push(p);
    }
    return "/" + parts.join("/");
  }

  private parent(abs: string): string {
    const i = abs.lastIndexOf("/");
    return i <= 0 ? "/" : abs.slice(0, i);
  }

  isFile(path: string): boolean {
    return this.files.has(this.resolve(path));
  }

  isDir(path: string): boolean {
    return this.dirs.has(this.resolve(path));
  }

  exists(path: string): boolean {
    return this.isFile(path) || this.isDir(path);
  }

  /** Create (or empty, with `truncate`) a file; its directory must exist. */
  create(path: string, truncate: boolean, exclusive: boolean): void {
    const abs = this.resolve(path);
    if (this.dirs.has(abs)) throw new FsFailure("EISDIR", path);
    if (!this.dirs.has(this.parent(abs))) throw new FsFailure("ENOENT", path);
    const f = this.files.get(abs);
    if (f && exclusive) throw new FsFailure("EEXIST", path);
    if (!f || truncate) {
      if (f) this.used -= f.size;
      this.files.set(abs, { data: new Uint8Array(64), size: 0 });
    }
  }

  private file(path: string): FileData {
    const abs = this.resolve(path);
    const f = this.files.get(abs);
    if (f) return f;
    throw new FsFailure(this.dirs.has(abs) ? "EISDIR" : "ENOENT", path);
  }

  size(path: string): number {
    const abs = this.resolve(path);
    if (this.dirs.has(abs)) return 4096;
    return this.file(path).size;
  }

  /** Up to `n` bytes from `pos` (all the rest when n < 0). */
  read(path: string, pos: number, n: number): Uint8Array {
    const f = this.file(path);
    const end = n < 0 ? f.size : Math.min(f.size, pos + n);
    return f.data.slice(Math.min(pos, f.size), end);
  }

  /** Write `bytes` at `pos` (past the end, the gap is zeros); returns the position after them. */
  write(path: string, pos: number, bytes: Uint8Array): number {
    const f = this.file(path);
    const end = pos + bytes.length;
    if (end > f.size) {
      if (this.used + end - f.size > CAPACITY) throw new FsFailure("ENOSPC", path);
      this.used += end - f.size;
    }
    if (end > f.data.length) {
      const grown = new Uint8Array(Math.max(end, f.data.length * 2));
      grown.set(f.data.subarray(0, f.size));
      f.data = grown;
    }
    f.data.set(bytes, pos);
    f.size = Math.max(f.size, end);
    return end;
  }

  truncate(path: string, size: number): void {
    const f = this.file(path);
    if (size < f.size) {
      f.data.fill(0, size, f.size);
      this.used -= f.size - size;
    } else if (size > f.data.length) this.write(path, f.size, new Uint8Array(size - f.size));
    f.size = size;
  }

  remove(path: string): void {
    const abs = this.resolve(path);
    if (this.dirs.has(abs)) throw new FsFailure("EISDIR", path);
    const f = this.files.get(abs);
    if (!f) throw new FsFailure("ENOENT", path);
    this.used -= f.size;
    this.files.delete(abs);
  }

  mkdir(path: string, parents: boolean, existOk: boolean): void {
    const abs = this.resolve(path);
    if (this.dirs.has(abs) || this.files.has(abs)) {
      if (existOk && this.dirs.has(abs)) return;
      throw new FsFailure("EEXIST", path);
    }
    if (!this.dirs.has(this.parent(abs))) {
      if (!parents) throw new FsFailure("ENOENT", path);
      this.mkdir(this.parent(abs), true, true);
    }
    this.dirs.add(abs);
  }

  rmdir(path: string): void {
    const abs = this.resolve(path);
    if (!this.dirs.has(abs)) throw new FsFailure(this.files.has(abs) ? "ENOTDIR" : "ENOENT", path);
    if (this.list(path).length) throw new FsFailure("ENOTEMPTY", path);
    this.dirs.delete(abs);
  }

  /** The names in a directory, sorted (CPython's order is the file system's; sorted is stable here). */
  list(path: string): string[] {
    const abs = this.resolve(path);
    if (!this.dirs.has(abs)) throw new FsFailure(this.files.has(abs) ? "ENOTDIR" : "ENOENT", path);
    const prefix = abs === "/" ? "/" : abs + "/";
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p !== abs && p.startsWith(prefix) && !p.slice(prefix.length).includes("/")) names.add(p.slice(prefix.length));
    }
    return [...names].sort();
  }

  rename(from: string, to: string): void {
    const a = this.resolve(from);
    const b = this.resolve(to);
    const f = this.files.get(a);
    if (!f) throw new FsFailure(this.dirs.has(a) ? "EISDIR" : "ENOENT", from);
    if (this.dirs.has(b)) throw new FsFailure("EISDIR", to);
    if (!this.dirs.has(this.parent(b))) throw new FsFailure("ENOENT", to);
    const replaced = this.files.get(b);
    if (replaced && replaced !== f) this.used -= replaced.size;
    this.files.delete(a);
    this.files.set(b, f);
  }
}
