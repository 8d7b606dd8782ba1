import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
const shots: [string, number, string][] = [
  ["/ru/developers", 390, "dev-ru-390"],
  ["/ky/developers", 1280, "dev-ky-1280"],
];
for (const [path, width, name] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:3297${path}`);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
  await page.locator("#endpoint-listVacancies").scrollIntoViewIfNeeded();
  await page.locator("#endpoint-listVacancies").locator("xpath=ancestor::section[1]").screenshot({ path: `/tmp/${name}-endpoint.png` });
  await page.close();
}
await browser.close();
