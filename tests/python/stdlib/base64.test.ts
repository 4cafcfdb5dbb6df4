import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("base64 and binascii", () => {
  it("encoders, lenient and strict decoding, padding errors", () => {
    expectSameAsCPython(py`
      import base64, binascii
      print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVsbG8=\n'), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.b16encode(b'ab'), base64.b16decode('6162'))
      print([base64.b64encode(bytes(range(n))) for n in range(5)], base64.b64decode(base64.b64encode("héllo".encode())).decode(), base64.b64encode(b"\xff\xfe", altchars=b"-_"))
      print(base64.encodebytes(b"x" * 60), binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk="))
      for s in ["abc", "a", "é", "ab!cde==", "ab==cd", "ab!c", "YWJj", "YW Jj\n", "YQ", "YQ="]:
          try:
              print(repr(s), base64.b64decode(s))
          except (binascii.Error, ValueError) as e:
              print(repr(s), type(e).__name__, e)
      for f in [lambda: base64.b64encode("str"), lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b16decode("zz"), lambda: base64.b64decode("YQ==YQ==", validate=True)]:
          try:
              f()
          except (binascii.Error, TypeError) as e:
              print(type(e).__name__, e)
      print(issubclass(binascii.Error, ValueError))
    `);
  });
});
