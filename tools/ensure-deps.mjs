// Makes sure `npm test` can run: installs the npm packages when they are
// missing or older than package-lock.json, and checks that a Chromium for the
// end-to-end tests is present. Plain JavaScript so it runs before anything is
// installed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const lock = resolve(root, "package-lock.json");
const installed = resolve(root, "node_modules/.package-lock.json");

function packagesAreCurrent() {
  if (!existsSync(installed)) return false;
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

if (!packagesAreCurrent()) {
  console.log("ensure-deps: node_modules is missing or older than package-lock.json; running npm ci");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["ci"], { cwd: root, stdio: "inherit" });
}

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import("playwright-core");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  const own = await playwrightsOwnChromium();
  if (own) {
    console.log(`ensure-deps: ${chromiumPath} not found; the end-to-end tests use Playwright's browser at ${own}`);
  } else {
    console.error(
      [
        `ensure-deps: no Chromium for the end-to-end tests: ${chromiumPath} does not exist.`,
        "  Install Debian's Chromium:   sudo apt-get install -y chromium",
        "  or point CHROMIUM_PATH at a Chromium or Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test",
      ].join("\n"),
    );
    process.exit(1);
  }
}

const tornado = spawnSync("/usr/bin/python3", ["-c", "import tornado"], { stdio: "ignore" });
if (tornado.status !== 0) {
  console.log(
    [
      "ensure-deps: note: /usr/bin/python3 cannot import tornado, so the checks against real Tornado are skipped.",
      "  To run them:   sudo apt-get install -y python3-tornado",
    ].join("\n"),
  );
}
