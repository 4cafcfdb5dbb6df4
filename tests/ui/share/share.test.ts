/**
 * Share links as the page uses them (restoring, the URL to copy, the blog
 * examples' link lengths), the embed's options and the iframe snippet.
 */
import { describe, expect, it } from "vitest";
import { decodeShareLink, encodeShareLink } from "../../../src/scenario";
import { GALLERY } from "../../../src/scenario/gallery";
import { embedUrl, readEmbedOptions, DEFAULT_EMBED_OPTIONS } from "../../../src/ui/embed/params";
import {
  AUTO_HEIGHT_SCRIPT,
  EMBED_SANDBOX,
  LONG_LINK,
  escapeAttribute,
  iframeSnippet,
  restoreFromLocation,
  shareUrl,
  splitFragment,
} from "../../../src/ui/share";

const CODE =
  'from tornado import web\n\nclass MainHandler(web.RequestHandler):\n    def get(self):\n        self.write("héllo ✓ 🌪")\n';
const PAGE = { origin: "https://someone.github.io", pathname: "/tornado-playground/" };

describe("restoreFromLocation", () => {
  it("finds no link in an empty fragment or an ordinary anchor", () => {
    expect(restoreFromLocation("")).toEqual({ kind: "none" });
    expect(restoreFromLocation("#")).toEqual({ kind: "none" });
    expect(restoreFromLocation("#top")).toEqual({ kind: "none" });
  });

  it("restores the code and view options of a link", () => {
    const view = { layout: "chart", zoom: [0, 250] };
    const hash = encodeShareLink({ code: CODE, view });
    expect(restoreFromLocation(hash)).toEqual({ kind: "scenario", code: CODE, view });
    // Embed options after the link do not disturb it.
    expect(restoreFromLocation(`${hash}&theme=dark&view=chart`)).toEqual({ kind: "scenario", code: CODE, view });
  });

  it("says clearly that a cut-short link is cut short, and that the draft was kept", () => {
    const hash = encodeShareLink({ code: CODE.repeat(5), view: {} });
    for (const cut of [hash.length - 1, Math.floor(hash.length / 2), 4]) {
      const r = restoreFromLocation(hash.slice(0, cut));
      expect(r.kind, `cut at ${cut}`).toBe("error");
      if (r.kind === "error") {
        expect(r.message).toMatch(/damaged|cut short/);
        expect(r.message).toMatch(/Your own draft was kept\.$/);
      }
    }
    const bare = restoreFromLocation("#1.");
    expect(bare.kind === "error" && bare.message).toMatch(/cut short/);
  });

  it("says when a link comes from a newer format", () => {
    const r = restoreFromLocation("#2.abc");
    expect(r.kind === "error" && r.message).toMatch(/version 2/);
  });
});

describe("share URLs", () => {
  it("is the page's address plus the link, and decodes back to the scenario", () => {
    const url = shareUrl(PAGE, CODE, { theme: "dark" });
    expect(url.startsWith("https://someone.github.io/tornado-playground/#1.")).toBe(true);
    expect(decodeShareLink(url)).toEqual({ ok: true, scenario: { code: CODE, view: { theme: "dark" } } });
  });

  it.each(GALLERY.filter((e) => e.group === "blog").map((e) => [e.id, e.source] as const))(
    "keeps the blog example %s under 2,000 characters as a full URL",
    (_id, source) => {
      const url = shareUrl(PAGE, source, { view: "both", zoom: [0, 1200] });
      expect(url.length).toBeLessThan(LONG_LINK);
    },
  );

  it("splits embed options off the fragment", () => {
    const { link, options } = splitFragment("#1.abc&theme=dark&height=300");
    expect(link).toBe("1.abc");
    expect(Object.fromEntries(options)).toEqual({ theme: "dark", height: "300" });
  });
});

describe("embed options", () => {
  it("defaults to both panes, the reader's theme, autoplay, the code's release, a fitted height", () => {
    expect(readEmbedOptions("", "#1.abc")).toEqual({ options: DEFAULT_EMBED_OPTIONS, ignored: [] });
    expect(DEFAULT_EMBED_OPTIONS).toEqual({ theme: "auto", view: "both", autoplay: true, release: null, height: null });
  });

  it("reads the query and the fragment, the fragment winning", () => {
    const { options } = readEmbedOptions(
      "?theme=light&view=code&height=300",
      "#1.abc&theme=dark&autoplay=0&release=4.5",
    );
    expect(options).toEqual({ theme: "dark", view: "code", autoplay: false, release: "4.5", height: 300 });
  });

  it("ignores, and lists, what does not parse", () => {
    const { options, ignored } = readEmbedOptions("?theme=purple&height=5&release=2.0&speed=3", "");
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(ignored.sort()).toEqual(["height=5", "release=2.0", "speed=3", "theme=purple"]);
  });

  it("writes only the options that differ from the defaults, and reads them back", () => {
    const page = "https://someone.github.io/tornado-playground/embed.html";
    expect(embedUrl(page, CODE)).toBe(`${page}${encodeShareLink({ code: CODE, view: {} })}`);
    const url = new URL(
      embedUrl(page, CODE, { theme: "dark", view: "chart", autoplay: false, release: "3.2", height: 420 }),
    );
    expect(url.search).toBe("?theme=dark&view=chart&autoplay=0&release=3.2&height=420");
    expect(readEmbedOptions(url.search, url.hash).options).toEqual({
      theme: "dark",
      view: "chart",
      autoplay: false,
      release: "3.2",
      height: 420,
    });
    expect(restoreFromLocation(url.hash)).toEqual({ kind: "scenario", code: CODE, view: {} });
  });
});

describe("embed snippet", () => {
  it("is an iframe sandboxed with exactly allow-scripts allow-same-origin", () => {
    const html = iframeSnippet("https://x.example/embed.html?theme=dark#1.abc", 480);
    expect(EMBED_SANDBOX).toBe("allow-scripts allow-same-origin");
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(html).toContain(' sandbox="allow-scripts allow-same-origin"');
    expect(html).toContain(' src="https://x.example/embed.html?theme=dark#1.abc"');
    expect(html).toContain(' height="480"');
  });

  it("escapes attribute values", () => {
    expect(escapeAttribute(`a"b<c>&`)).toBe("a&quot;b&lt;c&gt;&amp;");
    expect(iframeSnippet('x" onload="alert(1)', 200)).toContain('src="x&quot; onload=&quot;alert(1)"');
  });

  it("listens for the height message the embed posts", () => {
    expect(AUTO_HEIGHT_SCRIPT).toContain('"tornado-playground:height"');
    expect(AUTO_HEIGHT_SCRIPT).toContain("f.contentWindow === e.source");
  });
});
