// Parse speed of the Python front end on a 200-line, handler-style file, warm.
// Run with `npx tsx bench/parse-speed.ts`. Prints the median and 90th percentile
// of the whole `parse` (Lezer, lowering, all checks) next to Lezer's parse alone.
import { parser } from "@lezer/python";
import { parse } from "../src/python/parse/index";

const BLOCK = (i: number): string => `
class Handler${i}(tornado.web.RequestHandler):
    """Serves /item/${i}."""

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("http://backend/${i}/%s" % item_id, request_timeout=2.5)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data["rows"] if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        print "handled", item_id, total
        self.write(f"{len(rows)} rows, total={total:>8}")

    async def post(self):
        body = tornado.escape.json_decode(self.request.body)
        await asyncio.sleep(0.1 * ${i})
        self.write({"ok": True, "n": len(body)})
`;

const source = Array.from({ length: 9 }, (_, i) => BLOCK(i)).join("");
const lines = source.split("\n").length;

function time(run: () => unknown, rounds: number): { median: number; p90: number } {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(rounds / 2)], p90: samples[Math.floor(rounds * 0.9)] };
}

const check = parse(source);
if (check.diagnostics.length > 0) throw new Error(`benchmark source has diagnostics: ${check.diagnostics[0].message}`);

for (let i = 0; i < 100; i++) parse(source); // warm up the JIT
const full = time(() => parse(source), 300);
const lezer = time(() => parser.parse(source), 300);
console.log(`${lines} lines`);
console.log(`parse():        median ${full.median.toFixed(2)} ms, p90 ${full.p90.toFixed(2)} ms`);
console.log(`Lezer only:     median ${lezer.median.toFixed(2)} ms, p90 ${lezer.p90.toFixed(2)} ms`);
