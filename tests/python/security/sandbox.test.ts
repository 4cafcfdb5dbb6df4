/**
 * Untrusted code stays inside. Adversarial programs name JS globals (`window`, `self`,
 * `globalThis`, `Function`, `eval`, `constructor`, `__proto__`, `prototype`), walk the
 * class hierarchy, set attributes named after JS internals, and put every JS-special
 * character in string literals. The tests assert that:
 * - getters installed on the global object as canaries are never read or written;
 * - no prototype of the host is changed;
 * - every value a program can reach is a Python value, never a host object;
 * - the compiled JavaScript contains no raw line separators, backticks, `${` or `</script>`;
 * - each program behaves as CPython runs it (NameError for `window`, and so on).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProgram, createInterpreter, compileSource, execModule } from "../../../src/python";
import { parse } from "../../../src/python/parse";
import { compileModule } from "../../../src/python/compile";
import { PyObject, PyFloat, PyModule, type PyValue } from "../../../src/python/objects/core";
import { PyInstance } from "../../../src/python/objects/core";
import { py, runAllCPython, runEngine, type Outcome } from "../core/harness";

/** Programs that try to reach the host; each must behave exactly as under CPython. */
const ADVERSARIAL: Record<string, string> = {
  "JS global names are undefined Python names": py`
    def attempt(name):
        try:
            return eval_free(name)
        except NameError as e:
            return "NameError: " + str(e)
    def eval_free(name):
        return {"window": lambda: window, "self": lambda: self, "globalThis": lambda: globalThis,
                "Function": lambda: Function, "eval": lambda: eval, "constructor": lambda: constructor,
                "__proto__": lambda: __proto__, "prototype": lambda: prototype, "process": lambda: process,
                "require": lambda: require, "document": lambda: document, "this": lambda: this,
                "arguments": lambda: arguments, "v_canary": lambda: v_canary, "canary": lambda: canary}[name]()
    for name in ["window", "self", "globalThis", "Function", "eval", "constructor", "__proto__", "prototype",
                 "process", "require", "document", "this", "arguments", "v_canary", "canary"]:
        print(attempt(name))
  `,
  "each JS name, read directly": py`
    def attempt(f):
        try:
            return f()
        except NameError as e:
            return "NameError: " + str(e)
    print(attempt(lambda: window))
    print(attempt(lambda: self))
    print(attempt(lambda: globalThis))
    print(attempt(lambda: Function))
    print(attempt(lambda: eval))
    print(attempt(lambda: constructor))
    print(attempt(lambda: __proto__))
    print(attempt(lambda: prototype))
    print(attempt(lambda: canary))
    print(attempt(lambda: v_canary))
    print(attempt(lambda: exec))
  `,
  "eval and exec compile Python, never JavaScript": py`
    attempts = ["globalThis", "this", "constructor.constructor('return this')()", "(function(){return 1})()",
                "\`\${1}\`", "window.canary", "v_canary", "$rt", "$g.get('x')", "'</script>' + '\\u2028'"]
    for src in attempts:
        try:
            print(repr(eval(src)))
        except Exception as e:
            print(type(e).__name__)
        try:
            exec("result = " + src)
        except Exception as e:
            print("exec", type(e).__name__)
    ns = {}
    exec("x = [c for c in 'ab']\nwindow = 'just a name'\n", ns)
    print(ns["x"], ns["window"], eval("window * 2", ns))
  `,
  "JS names as ordinary Python variables": py`
    window = 1
    self = "s"
    constructor = [1]
    prototype = {"k": 2}
    __proto__ = 5
    Function = lambda x: x * 2
    def eval(x):
        return x + 1
    print(window, self, constructor, prototype, __proto__, Function(3), eval(4))
    def f(globalThis, arguments):
        return globalThis + arguments
    print(f(1, 2), f(globalThis=3, arguments=4))
    class prototype_:
        constructor = "attr"
        def __proto__(self):
            return "method"
    print(prototype_.constructor, prototype_().__proto__())
  `,
  "attributes named after JS internals": py`
    for obj in [1, "s", 1.5, [], {}, (), None, object(), print, len, int, type]:
        for name in ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "call", "apply", "bind"]:
            print(type(obj).__name__, name, hasattr(obj, name), getattr(obj, name, "absent"))
  `,
  "setattr with JS-internal names stores ordinary attributes": py`
    class A:
        pass
    a = A()
    for name in ["__proto__", "constructor", "prototype", "toString", "valueOf", "__defineGetter__"]:
        setattr(a, name, name.upper())
        setattr(A, "cls_" + name, 1)
    print(sorted(vars(a).items()))
    print(a.__proto__, a.constructor, a.toString, getattr(a, "valueOf"))
    print(type(a).__name__, isinstance(a, A), A.cls___proto__)
    o = object()
    try:
        setattr(o, "__proto__", 1)
    except AttributeError as e:
        print("AttributeError:", e)
    d = {"__proto__": 1, "constructor": 2, "toString": 3}
    d["__proto__"] = {"polluted": True}
    print(d, len(d), "polluted" in {}, {}.get("polluted"))
  `,
  "the class hierarchy holds only Python types": py`
    subclasses = ().__class__.__base__.__subclasses__()
    print(all(isinstance(c, type) for c in subclasses), type(subclasses).__name__)
    print(type(getattr(object, "__subclasses__")).__name__ in ("builtin_function_or_method", "method"))
    print(object.__class__, type.__class__, callable(int.__dict__["bit_length"]))
    print([c.__name__ for c in int.__mro__], bool.__base__, object.__base__)
    for c in subclasses:
        for name in ["constructor", "__proto__", "prototype"]:
            if hasattr(c, name):
                print("host attribute", c, name)
    print("done")
  `,
  // Written line by line: the Python source itself holds backticks and `${`.
  "string literals with every JS-special character": [
    's = "\\u2028|\\u2029|`|${x}|</script>|<!--|\\"|\'|\\\\|\\x00|\\r\\n"',
    "t = '\u2028\u2029`${}</script>'",
    'u = """multi',
    'line \u2028 `${a}` </script>"""',
    "print(repr(s), len(s), repr(t), len(u))",
    'print(f"{s!r}", "${" + "}", "`" * 3, "</scr" + "ipt>")',
    'print(b"\\xe2\\x80\\xa8`${</script>", r"\\u2028${}")',
    "",
  ].join("\n"),
  "attribute, keyword and class names with JS-special spellings": py`
    class K:
        def __init__(self, **kw):
            for k, v in kw.items():
                setattr(self, k, v)
    k = K(constructor=1, __proto__=2, prototype=3)
    print(k.constructor, k.__proto__, k.prototype)
    def g(*, constructor, __proto__=0):
        return constructor, __proto__
    print(g(constructor=5), g(**{"constructor": 6, "__proto__": 7}))
    print(dict(__proto__=1, constructor=2))
  `,
  "modules named after JS internals do not exist": py`
    try:
        import constructor
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        import __proto__
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        from toString import x
    except ImportError as e:
        print(type(e).__name__, e)
  `,
  "codec and format names after JS internals": py`
    for enc in ["constructor", "__proto__", "toString", "hasOwnProperty"]:
        try:
            "x".encode(enc)
        except LookupError as e:
            print("LookupError:", e)
        try:
            b"x".decode(enc)
        except LookupError as e:
            print("LookupError:", e)
    print("{constructor}-{__proto__}".format(constructor=1, __proto__=2), "%(constructor)s" % {"constructor": 3})
  `,
};

/** Global names a program might try to reach; a getter on each records any access. */
const CANARIES = [
  "window",
  "self",
  "canary",
  "__pyCanary",
  "document",
  "v_canary",
  "v_window",
  "v_self",
  "v_globalThis",
  "v_Function",
  "v_eval",
  "v_constructor",
  "v___proto__",
  "v_prototype",
  "v_this",
  "v_arguments",
  "$canary",
];

const touched: string[] = [];
const installed: string[] = [];

function installCanaries(): void {
  for (const name of CANARIES) {
    if (Object.getOwnPropertyDescriptor(globalThis, name)) continue; // never shadow what the host has
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(`get ${name}`);
        return "LEAKED";
      },
      set() {
        touched.push(`set ${name}`);
      },
    });
    installed.push(name);
  }
}

function removeCanaries(): void {
  for (const name of installed) delete (globalThis as Record<string, unknown>)[name];
}

/** Own property names of the prototypes a program could pollute. */
function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(","))
    .join("|");
}

/** Whether `v` is a Python value: a primitive the object model uses, or one of its objects. */
function isPythonValue(v: unknown): boolean {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return true;
    case "object":
      return v instanceof PyObject || v instanceof PyFloat;
    default:
      return false;
  }
}

/** Every value reachable from `root` through containers and attribute dicts, depth-limited. */
function reachable(root: PyValue, limit = 4000): unknown[] {
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  const queue: unknown[] = [root];
  while (queue.length && out.length < limit) {
    const v = queue.shift();
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    out.push(v);
    if (!(v instanceof PyObject)) continue;
    if (v.$dict) for (const x of v.$dict.values()) queue.push(x);
    const anyV = v as unknown as { items?: unknown; table?: { map: Map<unknown, { key: unknown; value: unknown }> } };
    if (Array.isArray(anyV.items)) for (const x of anyV.items) queue.push(x);
    if (anyV.table) for (const e of anyV.table.map.values()) queue.push(e.key, e.value);
  }
  return out;
}

describe("adversarial programs", () => {
  const names = Object.keys(ADVERSARIAL);
  const reference = new Map<string, Outcome>();
  let before = "";

  beforeAll(async () => {
    before = prototypeSnapshot();
    const runs = await runAllCPython(names.map((n) => ADVERSARIAL[n]!));
    names.forEach((n, i) => reference.set(n, runs[i]!));
    installCanaries();
  }, 120_000);

  afterAll(() => removeCanaries());

  for (const name of names) {
    it(`${name}: behaves as in CPython, touching no canary`, () => {
      const engine = runEngine(ADVERSARIAL[name]!);
      const cpython = reference.get(name)!;
      expect(engine.stdout).toBe(cpython.stdout);
      expect(engine.last).toBe(cpython.last);
      expect(touched).toEqual([]);
      expect(prototypeSnapshot()).toBe(before);
    });
  }

  it("the canaries work (a direct read is recorded)", () => {
    const g = globalThis as Record<string, unknown>;
    expect(g[installed[0]!]).toBe("LEAKED");
    expect(touched.splice(0)).toEqual([`get ${installed[0]}`]);
  });

  it("every value a program ends with is a Python value", () => {
    for (const source of Object.values(ADVERSARIAL)) {
      const rt = createInterpreter({ filename: "main.py" });
      const compiled = compileSource(source, "main.py");
      expect(compiled.ok).toBe(true);
      if (!compiled.ok) continue;
      let mod: PyModule | undefined;
      try {
        mod = execModule(rt, compiled.code, "__main__");
      } catch {
        mod = rt.modules.get("__main__");
      }
      const values = reachable(mod!);
      const foreign = values.filter((v) => !isPythonValue(v));
      expect(foreign).toEqual([]);
      for (const v of values) {
        if (v instanceof PyInstance) expect(Object.getPrototypeOf(v)).toBe(PyInstance.prototype);
      }
    }
    expect(touched).toEqual([]);
  });
});

describe("the compiled JavaScript", () => {
  const source = ADVERSARIAL["string literals with every JS-special character"]!;

  it("escapes string literals for every JavaScript and HTML context", () => {
    const parsed = parse(source);
    expect(parsed.diagnostics).toEqual([]);
    const compiled = compileModule(parsed.module);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const js = compiled.module.js;
    for (const bad of ["\u2028", "\u2029", "`", "${", "</script", "<!--", "\r"]) {
      expect(js.includes(bad), `compiled code contains ${JSON.stringify(bad)}`).toBe(false);
    }
    // Outside string literals the code is ASCII.
    expect([...js].some((ch) => ch.charCodeAt(0) > 0x7f)).toBe(false);
  });

  it("keeps every Python name away from JS globals, unicode names included", () => {
    const r = runProgram("café = 1\nnaïve = 2\nnames = [café, naïve]\nprint(names)\n");
    expect(r.stdout).toBe("[1, 2]\n");
    const parsed = parse("window = 1\nprint(window, café := 2)\n");
    const compiled = compileModule(parsed.module);
    expect(compiled.ok).toBe(true);
    if (compiled.ok) {
      expect(/(^|[^\w$"])window\b/.test(compiled.module.js.replace(/"[^"]*"/g, '""'))).toBe(false);
    }
  });
});

describe("runs are isolated from each other", () => {
  it("a class defined in one run is not among object.__subclasses__() in the next", () => {
    const first = runProgram("class LeftBehind:\n    secret = 42\nprint(LeftBehind.__name__)\n");
    expect(first.stdout).toBe("LeftBehind\n");
    const second = runProgram("print([c.__name__ for c in object.__subclasses__() if c.__name__ == 'LeftBehind'])\n");
    expect(second.stdout).toBe("[]\n");
  });

  it("attributes set on library classes do not carry over", () => {
    const first = runProgram("import collections, datetime\ncollections.deque.leak = 1\ndatetime.timedelta.leak = 2\n");
    expect(first.error).toBeNull();
    const second = runProgram(
      "import collections, datetime\nprint(getattr(collections.deque, 'leak', None), getattr(datetime.timedelta, 'leak', None))\n",
    );
    expect(second.stdout).toBe("None None\n");
  });

  it("builtin types cannot be changed at all", () => {
    const r = runProgram(
      "for t in [int, str, list, dict, object, type]:\n    try:\n        t.leak = 1\n    except TypeError as e:\n        print(e)\n",
    );
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(6);
    expect(r.stdout).toContain("cannot set 'leak' attribute of immutable type 'int'");
  });
});
