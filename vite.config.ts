import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Build of the static site. `base: './'` keeps every asset URL relative so the
 * `dist/` folder can be served from any path (a sub-folder of a blog, GitHub
 * Pages, a file share). More HTML entries (such as an `embed.html` for blog
 * embeds) are added to `rolldownOptions.input` next to `main`.
 */
export default defineConfig({
  base: "./",
  plugins: [react()],
  worker: {
    format: "es",
  },
  build: {
    target: "es2022",
    // Monaco alone is larger than Vite's default 500 kB warning; it is loaded lazily.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        main: resolve(root, "index.html"),
        embed: resolve(root, "embed.html"),
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
