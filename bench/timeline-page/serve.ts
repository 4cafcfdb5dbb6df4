/**
 * Serves the timeline page with Vite's dev server and opens it in Chromium, for
 * the frame-time benchmark and the development screenshots.
 */
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { chromium, type Browser, type Page } from "@playwright/test";
import { createServer, type ViteDevServer } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = fileURLToPath(new URL("../..", import.meta.url));

export interface TimelinePage {
  readonly page: Page;
  close(): Promise<void>;
}

/** Starts the server and a browser, and loads the page at `width` × `height`. */
export async function openTimelinePage(width = 1280, height = 900, scale = 1): Promise<TimelinePage> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: here,
    logLevel: "error",
    plugins: [react()],
    server: { port: 0, host: "127.0.0.1", fs: { allow: [repo] } },
    optimizeDeps: { include: ["react", "react-dom/client", "d3"] },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the dev server has no URL");
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser: Browser = await chromium.launch({
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: ["--no-sandbox", "--disable-gpu-vsync", "--disable-background-timer-throttling"],
  });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(url);
  // tsx compiles functions passed to page.evaluate with esbuild's name-keeping
  // helper, which the page does not have.
  await page.evaluate("globalThis.__name = (f) => f");
  await page.waitForFunction(() => window.__timeline !== undefined, null, { timeout: 60_000 });
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
