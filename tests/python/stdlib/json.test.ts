import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("json", () => {
  it("dumps: separators, indent, sort_keys, scalars and keys", () => {
    expectSameAsCPython(py`
      import json
      data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14}
      print(json.dumps(data))
      print(json.dumps(data, sort_keys=True))
      print(json.dumps(data, separators=(",", ":")))
      print(json.dumps(data, indent=2))
      print(json.dumps([1, [2, [3, []]], {}], indent=4))
      print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
      print(json.dumps({"a": [1, 2]}, indent=0))
      print(json.dumps([1, {"a": 2}], indent=2, separators=(", ", ": ")))
      print(json.dumps((1, 2)), json.dumps({1: "i", 2.5: "f", True: "b", None: "n"}))
      print(json.dumps(2 ** 70), json.dumps(-2 ** 70), json.dumps(1e20), json.dumps(0.1 + 0.2), json.dumps(-0.0))
      print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")), json.dumps(1e-7))
      print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
      print(json.dumps("text"), json.dumps(1), json.dumps(1.0), json.dumps(None), json.dumps(False))
    `);
  });

  it("dumps: escapes, ensure_ascii and surrogate pairs", () => {
    expectSameAsCPython(py`
      import json
      s = "quote\" back\\ nl\n tab\t cr\r bs\b ff\f ctl\x01 del\x7f é ü \u2028 😀 𝄞"
      print(json.dumps(s))
      print(json.dumps(s, ensure_ascii=False) == '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("\b", "\\b").replace("\f", "\\f").replace("\x01", "\\u0001") + '"')
      print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
    `);
  });

  it("dumps: errors, default=, cls=, circular references", () => {
    expectSameAsCPython(py`
      import json
      class Custom:
          def __init__(self, v):
              self.v = v
      for bad in [{1, 2}, Custom(1), b"bytes", object]:
          try:
              json.dumps({"x": bad})
          except TypeError as e:
              print("TypeError:", e)
      try:
          json.dumps({(1, 2): 1})
      except TypeError as e:
          print("TypeError:", e)
      try:
          json.dumps(float("nan"), allow_nan=False)
      except ValueError as e:
          print("ValueError:", e)
      a = []
      a.append(a)
      try:
          json.dumps(a)
      except ValueError as e:
          print("ValueError:", e)
      print(json.dumps([Custom(1), Custom("x")], default=lambda o: {"custom": o.v}))
      print(json.dumps({"s": {3, 1, 2}}, default=sorted))
      class Enc(json.JSONEncoder):
          def default(self, o):
              if isinstance(o, Custom):
                  return ["C", o.v]
              return super().default(o)
      print(json.dumps({"c": Custom(2)}, cls=Enc), Enc(indent=1).encode([1]))
      try:
          json.dumps(object(), cls=Enc)
      except TypeError as e:
          print("TypeError:", e)
      try:
          json.dumps({"b": 1, 2: 3}, sort_keys=True)
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("loads: values, numbers, unicode escapes, hooks", () => {
    expectSameAsCPython(py`
      import json
      print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
      print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("1E+2"), json.loads(" [1e400] "))
      print(json.loads('"\\u00e9\\/\\b\\n\\ud834\\udd1e"') == "é/\b\n𝄞", json.loads("NaN"), json.loads("-Infinity"))
      print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads(b'[1, "x"]'), json.loads(bytearray(b"{}")))
      print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=float))
      print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
      print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=lambda p: p))
      print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, json.loads('"x"'))
      print(json.loads(json.dumps({"k": [1, {"n": None}], "u": "é"})))
    `);
  });

  it("loads: JSONDecodeError messages, positions and class", () => {
    expectSameAsCPython(py`
      import json
      docs = ['', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '{1:2}',
              '[1] x', 'nul', '"a\tb"', '-', '01', '1.', '[', '{', '{"a"', '{"a":', ' \n [\n 1,\n x]',
              '"😀" x', 'tru', '[1, 2', '{"a": 1 "b"}']
      for doc in docs:
          try:
              print(repr(json.loads(doc)))
          except json.JSONDecodeError as e:
              print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
      try:
          json.loads(3)
      except TypeError as e:
          print("TypeError:", e)
      print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError)
      try:
          json.loads("{")
      except ValueError as e:
          print(type(e).__name__, e.args, repr(e))
      e = json.JSONDecodeError("boom", "ab\ncd", 4)
      print(e, e.lineno, e.colno)
    `);
  });

  it("dump and load through file-like objects", () => {
    expectSameAsCPython(py`
      import json
      class Sink:
          def __init__(self):
              self.parts = []
          def write(self, s):
              self.parts.append(s)
          def read(self):
              return "".join(self.parts)
      f = Sink()
      json.dump({"a": [1, 2], "b": None}, f, indent=1, sort_keys=True)
      text = f.read()
      print(text)
      print(json.load(f), json.load(f) == {"a": [1, 2], "b": None})
    `);
  });
});
