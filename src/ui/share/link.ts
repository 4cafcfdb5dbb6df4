/**
 * Share links as the page uses them: the URL to copy, and what a page opened with a
 * link should show. The fragment's grammar is the codec's (../../scenario/share.ts):
 * `#1.<base64url(deflateRaw(JSON))>`; an embed may append `&name=value` options to
 * it (../embed/params.ts), which are not part of the scenario and are ignored here.
 */
import { decodeShareLink, encodeShareLink, type JsonValue } from "../../scenario";

/** View options a link carries, as the page defines them (opaque to the codec). */
export type ShareView = { readonly [key: string]: JsonValue };

/** What the page should do with the fragment it was opened with. */
export type RestoredLink =
  /** No share link in the fragment: start from the draft as usual. */
  | { readonly kind: "none" }
  /** A link: show this scenario. */
  | { readonly kind: "scenario"; readonly code: string; readonly view: ShareView }
  /** A link that cannot be read: say so, and keep the user's own draft. */
  | { readonly kind: "error"; readonly message: string };

/** The fragment split into the share link proper and the `&name=value` options after it. */
export function splitFragment(hash: string): { link: string; options: URLSearchParams } {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const amp = body.indexOf("&");
  return amp < 0
    ? { link: body, options: new URLSearchParams() }
    : { link: body.slice(0, amp), options: new URLSearchParams(body.slice(amp + 1)) };
}

/**
 * Reads `location.hash` (with or without its `#`). A fragment that does not start
 * with a format version (`#`, `#top`) is no link; one that does but cannot be read
 * (cut short, damaged, a newer format) is an error whose message says what is wrong
 * and that the draft was kept.
 */
export function restoreFromLocation(hash: string): RestoredLink {
  const { link } = splitFragment(hash);
  if (!/^\d/.test(link)) return { kind: "none" };
  const r = decodeShareLink(link);
  if (r.ok) return { kind: "scenario", code: r.scenario.code, view: r.scenario.view };
  return { kind: "error", message: `${r.error.message} Your own draft was kept.` };
}

/** The address of a page (`location` fits). */
export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
}

/** The URL that opens `page` (no query) with `code` and `view`. */
export function shareUrl(page: PageAddress, code: string, view: ShareView = {}): string {
  return `${page.origin}${page.pathname}${encodeShareLink({ code, view })}`;
}

/** Links longer than this may be cut by chat apps, mail clients and some browsers. */
export const LONG_LINK = 2000;
