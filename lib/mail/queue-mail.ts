import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { composeMail, type MailKind } from "./compose-mail";

type MailClient = Pick<Prisma.TransactionClient, "mailMessage">;

/**
 * Writes a mail to the outbox inside the caller's transaction: the mail exists exactly when the change
 * that causes it committed. Delivery (SMTP) is the worker's job: call `requestMailDelivery` after commit.
 */
export async function queueMail(
  tx: MailClient,
  mail: { to: string; kind: MailKind; locale: string; params: Record<string, string> },
): Promise<string> {
  const { subject, text } = composeMail(mail.kind, mail.locale, mail.params);
  const row = await tx.mailMessage.create({
    data: { to: mail.to, kind: mail.kind, subject, text },
    select: { id: true },
  });
  return row.id;
}
