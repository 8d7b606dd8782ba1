// npx tsx scripts/bench/page-weight.ts [base-url] – what a seeker's phone downloads for the search page:
// the HTML and every script it loads, raw and gzip-compressed (as served with compression).
import { gzipSync } from "node:zlib";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const pages = ["/ru/vacancies", "/ru/vacancies?q=povar&country=KZ", "/ru"];
for (const path of pages) {
  const html = await (await fetch(base + path)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 6 }).length;
  }
  const htmlGzip = gzipSync(Buffer.from(html)).length;
  console.log(
    `${path}: ${scripts.length} scripts, JS ${(raw / 1024).toFixed(1)} KiB raw / ${(gzip / 1024).toFixed(1)} KiB gzip; HTML ${(html.length / 1024).toFixed(1)} KiB raw / ${(htmlGzip / 1024).toFixed(1)} KiB gzip`,
  );
}
