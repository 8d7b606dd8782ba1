import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { composeMail, type MailKind } from "./compose-mail";
import type { RenderedMail } from "./render-mail";

type MailClient = Pick<Prisma.TransactionClient, "mailMessage">;

/**
 * Writes a mail to the outbox inside the caller's transaction: the mail exists exactly when the change
 * that causes it committed. Delivery (SMTP) is the worker's job: call `requestMailDelivery` after commit.
 */
export async function queueMail(
  tx: MailClient,
  mail: { to: string; kind: MailKind; locale: string; params: Record<string, string> },
): Promise<string> {
  return storeMail(tx, { to: mail.to, kind: mail.kind, mail: composeMail(mail.kind, mail.locale, mail.params) });
}

/** The same, for a mail already rendered (notifications compose their own from the same template). */
export async function storeMail(
  tx: MailClient,
  { to, kind, mail, headers }: { to: string; kind: string; mail: RenderedMail; headers?: Record<string, string> },
) {
  const row = await tx.mailMessage.create({
    data: { to, kind, subject: mail.subject, text: mail.text, html: mail.html, ...(headers ? { headers } : {}) },
    select: { id: true },
  });
  return row.id;
}
