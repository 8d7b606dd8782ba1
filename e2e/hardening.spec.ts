import { networkInterfaces } from "node:os";
import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { text } from "./support/employer";
import { e2eServer } from "./support/server";

const db = async () => (await import("../lib/server/db")).db;

test("a caller who rotates X-Forwarded-For is still one address (the server decides it from the socket)", async ({
  request,
  accounts,
}) => {
  const employer = await accounts.employer();
  const vacancy = await accounts.publishedVacancy(employer.organizationId);
  for (const forged of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "10.0.0.7", "2001:db8::9"]) {
    const response = await request.post(`/api/vacancies/${vacancy.id}/views`, {
      headers: { "X-Forwarded-For": forged, "X-Real-IP": forged },
    });
    expect(response.status()).toBe(204);
  }
  // One view per address and vacancy: four forged addresses counted once.
  const row = await (await db()).vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
  expect(row.viewCount).toBe(1);
});

test("signing out ends the session on the server: the old cookie opens nothing", async ({
  page,
  accounts,
  browser,
}) => {
  const t = catalog("ru");
  await accounts.employer({ page });
  await page.goto("/ru/employer");
  await expect(page).toHaveURL(/\/ru\/employer$/);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: text(t, "employer.signOut") }).click();
  await expect(page).toHaveURL(/\/ru$/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayed = await replay.newPage();
  await replayed.goto("/ru/employer");
  await expect(replayed).toHaveURL(/\/ru\/employer\/sign-in/);
  await replay.close();
});

test("the development outbox answers this machine only, whatever the caller claims", async ({ request }) => {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
  test.skip(!lan, "this machine has no non-loopback address to call from");
  expect((await request.get("/ru/dev/outbox")).status()).toBe(200);
  const fromNetwork = await request.get(`http://${lan}:${e2eServer.port}/ru/dev/outbox`, {
    headers: { "X-Forwarded-For": "127.0.0.1" },
  });
  expect(fromNetwork.status()).toBe(404);
});
