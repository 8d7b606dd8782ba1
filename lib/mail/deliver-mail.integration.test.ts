import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { deliverMail, findUndeliveredMail } from "./deliver-mail";
import { queueMail, storeMail } from "./queue-mail";

// A real SMTP server on loopback (the smtp-server package): nodemailer speaks the protocol to it for real.
const received: { to: string[]; body: string }[] = [];
let failNext = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onRcptTo(address, _session, callback) {
    if (failNext) {
      failNext = false;
      return callback(new Error("mailbox unavailable"));
    }
    callback();
  },
  onData(stream, session, callback) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      callback();
    });
  },
});

const prisma = testPrisma();
let smtpUrl = "";

beforeAll(async () => {
  await clearTransactionalData();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  smtpUrl = `smtp://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await clearTransactionalData();
});

describe("mail delivery through SMTP", () => {
  it("sends an outbox mail once, in the recipient's language, and records it", async () => {
    const id = await queueMail(prisma, {
      to: "hr@example.kg",
      kind: "reset-password",
      locale: "ky",
      params: { link: "https://jobs.example/ky/employer/reset-password?token=abc" },
    });
    expect(await deliverMail(id, smtpUrl)).toBe("sent");
    expect(await deliverMail(id, smtpUrl)).toBe("already-sent");
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["hr@example.kg"]);
    // One mail, two alternatives from the one template: plain text and HTML.
    const parts = mimeParts(received[0]!.body);
    expect(Object.keys(parts).sort()).toEqual(["text/html", "text/plain"]);
    expect(parts["text/plain"]).toContain("https://jobs.example/ky/employer/reset-password?token=abc");
    expect(parts["text/plain"]).toContain("сырсөз"); // Kyrgyz text, UTF-8 intact
    expect(parts["text/html"]).toContain('<a href="https://jobs.example/ky/employer/reset-password?token=abc"');
    expect(parts["text/html"]).toContain('lang="ky"');
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).not.toBeNull();
    expect(row.attempts).toBe(1);
    // The stored copy no longer holds the one-time link; the delivered mail did.
    expect(row.text).not.toContain("token=abc");
    expect(row.html).not.toContain("token=abc");
    expect(row.text).toContain("[one-time link removed after delivery]");
  });

  it("sends a mail's own headers (job alerts' one-click unsubscribe) and forgets them after delivery", async () => {
    const unsubscribe = "<https://jobs.example/api/alerts/unsubscribe?token=xyz>";
    const id = await storeMail(prisma, {
      to: "seeker@example.kg",
      kind: "alert-digest",
      mail: { subject: "1 новая вакансия по вашему поиску", text: "Сварщик", html: "<p>Сварщик</p>" },
      headers: { "List-Unsubscribe": unsubscribe, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    expect(await deliverMail(id, smtpUrl)).toBe("sent");
    const raw = received.at(-1)!.body.replace(/\r\n\s+/g, " ");
    expect(raw).toContain(`List-Unsubscribe: ${unsubscribe}`);
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).headers).toBeNull();
  });

  it("keeps a failed mail in the outbox with its error, for the retry and the sweep", async () => {
    const id = await queueMail(prisma, {
      to: "busy@example.kz",
      kind: "verify-email",
      locale: "kk",
      params: { name: "Асель", link: "https://jobs.example/kk/x" },
    });
    failNext = true;
    await expect(deliverMail(id, smtpUrl)).rejects.toThrow();
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/mailbox unavailable/);
    await prisma.mailMessage.update({ where: { id }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await findUndeliveredMail(100, smtpUrl)).toContain(id);
    expect(await deliverMail(id, smtpUrl)).toBe("sent");
  });
});

/** The text part as the recipient reads it (nodemailer picks base64 or quoted-printable by content). */
/** The decoded bodies of a multipart/alternative message, by content type. */
function mimeParts(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) throw new Error("not a multipart message");
  const parts = raw.split(`--${boundary}`).slice(1, -1);
  return Object.fromEntries(
    parts.map((part) => {
      const content = part.replace(/^\r\n/, "");
      const type = /content-type:\s*([\w/-]+)/i.exec(content)?.[1]?.toLowerCase() ?? "";
      return [type, decodeBody(content)];
    }),
  );
}

function decodeBody(raw: string): string {
  const [headers = "", ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body;
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}
