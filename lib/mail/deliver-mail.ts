import "server-only";
import nodemailer from "nodemailer";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";

const transports = new Map<string, nodemailer.Transporter>();

/** Sends one outbox mail through SMTP_URL. Idempotent: a mail already sent is not sent again. */
export async function deliverMail(
  messageId: string,
  smtpUrl = env().SMTP_URL,
): Promise<"sent" | "already-sent" | "no-smtp" | "missing"> {
  if (!smtpUrl) return "no-smtp";
  const message = await db.mailMessage.findUnique({ where: { id: messageId } });
  if (!message) return "missing";
  if (message.sentAt) return "already-sent";
  let transport = transports.get(smtpUrl);
  if (!transport) transports.set(smtpUrl, (transport = nodemailer.createTransport(smtpUrl)));
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      // Job alerts carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058); other mails have none.
      ...(message.headers ? { headers: message.headers as Record<string, string> } : {}),
    });
    // Delivered: the one-time links (verification, reset, invitation) no longer need to be kept here, where
    // anyone reading the database could use them.
    await db.mailMessage.update({
      where: { id: messageId },
      data: {
        sentAt: new Date(),
        attempts: { increment: 1 },
        lastError: null,
        text: withoutOneTimeLinks(message.text),
        html: message.html === null ? null : withoutOneTimeLinks(message.html),
        // The unsubscribe header's link is a token too.
        ...(message.headers ? { headers: Prisma.DbNull } : {}),
      },
    });
    return "sent";
  } catch (error) {
    await db.mailMessage.update({
      where: { id: messageId },
      data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) },
    });
    logger.warn("mail delivery failed", { messageId, err: error });
    throw error; // the queue retries with back-off
  }
}

/** Unsent mail older than a minute (its delivery job was lost or failed), for the sweep to re-queue. */
export async function findUndeliveredMail(limit = 100, smtpUrl = env().SMTP_URL): Promise<string[]> {
  if (!smtpUrl) return [];
  const rows = await db.mailMessage.findMany({
    where: { sentAt: null, attempts: { lt: 10 }, createdAt: { lt: new Date(Date.now() - 60_000) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  return rows.map((r) => r.id);
}

/** Asks the worker to deliver now (no-op without SMTP: the outbox is then the destination). */
export async function requestMailDelivery(messageIds: string[]): Promise<void> {
  if (!env().SMTP_URL) return;
  const { requestJob } = await import("@/lib/server/jobs");
  const { queues } = await import("@/lib/server/queues");
  for (const messageId of messageIds) await requestJob(queues.deliverMail, { messageId });
}

/** A stored mail with every link that carries a token replaced by a note (the mail itself went out intact). */
export function withoutOneTimeLinks(body: string): string {
  return body.replace(/https?:\/\/[^\s"'<>]*[?&]token=[^\s"'<>]*/g, "[one-time link removed after delivery]");
}
