/**
 * Text encodings for str.encode / bytes.decode: utf-8, ascii and latin-1, with the
 * strict, ignore and replace error handlers and CPython's messages.
 */
import type { Interpreter } from "../../interp/interpreter";

function normalize(encoding: string): string {
  const e = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (e === "utf8" || e === "u8") return "utf-8";
  if (e === "ascii" || e === "usascii") return "ascii";
  if (e === "latin1" || e === "iso88591" || e === "l1") return "latin-1";
  return e;
}

export function encodeStr(rt: Interpreter, s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const enc = normalize(encoding);
  if (enc === "utf-8") return new TextEncoder().encode(s);
  if (enc !== "ascii" && enc !== "latin-1") throw rt.error("LookupError", `unknown encoding: ${encoding}`);
  const limit = enc === "ascii" ? 0x80 : 0x100;
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === "ignore") {
      /* dropped */
    } else if (errors === "replace") out.push(0x3f);
    else {
      const codec = enc === "ascii" ? "ascii" : "latin-1";
      throw rt.error(
        "UnicodeEncodeError",
        `'${codec}' codec can't encode character '\\u${c.toString(16).padStart(4, "0")}' in position ${i}: ordinal not in range(${limit})`,
      );
    }
    i++;
  }
  return Uint8Array.from(out);
}

export function decodeBytes(rt: Interpreter, data: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const enc = normalize(encoding);
  if (enc === "utf-8") {
    if (errors === "strict") {
      try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
      } catch {
        const pos = firstInvalidUtf8(data);
        throw rt.error(
          "UnicodeDecodeError",
          `'utf-8' codec can't decode byte 0x${data[pos]!.toString(16).padStart(2, "0")} in position ${pos}: invalid start byte`,
        );
      }
    }
    const s = new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
    return errors === "ignore" ? s.replace(/\uFFFD/g, "") : s;
  }
  if (enc === "latin-1") return String.fromCharCode(...data);
  if (enc === "ascii") {
    let out = "";
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      if (b < 0x80) out += String.fromCharCode(b);
      else if (errors === "ignore") continue;
      else if (errors === "replace") out += "\uFFFD";
      else {
        throw rt.error(
          "UnicodeDecodeError",
          `'ascii' codec can't decode byte 0x${b.toString(16)} in position ${i}: ordinal not in range(128)`,
        );
      }
    }
    return out;
  }
  throw rt.error("LookupError", `unknown encoding: ${encoding}`);
}

function firstInvalidUtf8(data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, i + 1));
    } catch {
      // An incomplete sequence at the end also throws; look for a byte that can never start one.
      const b = data[i]!;
      if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    }
  }
  return 0;
}
