/**
 * The share-link codec. A link's fragment is `#1.<payload>`: the format version,
 * a dot, and base64url(deflateRaw(UTF-8(JSON))) of {@link SharedScenario}. The
 * release travels inside the code, on its `# tornado:` line. Decoding never throws:
 * a broken link is a {@link ShareLinkError} the page can show while it keeps the
 * user's own draft.
 */
import { deflateSync, inflateSync } from "fflate";
import { decodeBase64url, encodeBase64url } from "./base64url";

/** The format version this module writes and reads. */
export const SHARE_VERSION = 1;

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What a link carries: the scenario text and the page's view options. */
export interface SharedScenario {
  readonly code: string;
  /** View options as the page defines them (zoom, selected lane, ...); opaque here. */
  readonly view: { readonly [key: string]: JsonValue };
}

/** Why a link could not be read; `message` is a sentence a person can act on. */
export interface ShareLinkError {
  readonly kind: "not-a-link" | "version" | "base64" | "deflate" | "utf8" | "json" | "shape";
  readonly message: string;
}

/** The outcome of {@link decodeShareLink}. */
export type ShareDecodeResult =
  { readonly ok: true; readonly scenario: SharedScenario } | { readonly ok: false; readonly error: ShareLinkError };

/** The fragment, leading `#` included, that {@link decodeShareLink} turns back into `scenario`. */
export function encodeShareLink(scenario: SharedScenario): string {
  const json = JSON.stringify({ code: scenario.code, view: scenario.view });
  const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `#${SHARE_VERSION}.${encodeBase64url(packed)}`;
}

/**
 * Reads a link: a whole URL (everything after its first `#`), a fragment with its
 * `#`, or the fragment's text alone.
 */
export function decodeShareLink(link: string): ShareDecodeResult {
  const hash = link.indexOf("#");
  const fragment = hash >= 0 ? link.slice(hash + 1) : link;
  const m = /^(\d+)\.(.*)$/s.exec(fragment);
  if (!m) return fail("not-a-link", 'This is not a playground link: its fragment should start with "#1.".');
  if (Number(m[1]) !== SHARE_VERSION) {
    return fail(
      "version",
      `This link uses format version ${m[1]}; this page reads version ${SHARE_VERSION}. It may come from a newer playground.`,
    );
  }
  if (m[2] === "") return fail("base64", 'The link is cut short: it has no data after "#1.".');
  const bytes = decodeBase64url(m[2]);
  if (!(bytes instanceof Uint8Array)) {
    return fail("base64", `The link is damaged: ${bytes.error}. Was it copied whole?`);
  }
  let raw: Uint8Array;
  try {
    raw = inflateSync(bytes);
  } catch (e) {
    // fflate reports a truncated stream as "unexpected EOF".
    const why = e instanceof Error ? e.message : String(e);
    return fail(
      "deflate",
      `The link is damaged or cut short (its compressed data ends badly: ${why}). Was it copied whole?`,
    );
  }
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return fail("utf8", "The link is damaged: its text is not valid UTF-8.");
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail("json", "The link is damaged or cut short: its data is not complete JSON.");
  }
  if (!isRecord(value) || typeof value.code !== "string" || !isRecord(value.view)) {
    return fail("shape", "The link holds data of another shape: no scenario code in it.");
  }
  return { ok: true, scenario: { code: value.code, view: value.view as SharedScenario["view"] } };
}

function isRecord(v: unknown): v is Record<string, JsonValue> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(kind: ShareLinkError["kind"], message: string): ShareDecodeResult {
  return { ok: false, error: { kind, message } };
}
