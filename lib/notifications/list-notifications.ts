import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import type { NotificationParams } from "./kinds";
import { notificationPageSchema } from "./schemas";

export const notificationsPerPage = 30;

/**
 * The signed-in member's notifications in their organisation, newest first (a page at a time), with how
 * many are unread and the member's e-mail settings. Only their own rows: the query is scoped to them.
 */
export async function listNotifications(actor: Actor | null, input: unknown) {
  const employer = requireEmployer(actor);
  const { before } = parseInput(notificationPageSchema, input);
  const mine = { userId: employer.userId, organizationId: employer.organizationId };
  const [rows, unread, membership] = await Promise.all([
    db.notification.findMany({
      where: mine,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...(before ? { cursor: { id: before }, skip: 1 } : {}),
      take: notificationsPerPage + 1,
    }),
    db.notification.count({ where: { ...mine, readAt: null } }),
    db.membership.findUniqueOrThrow({
      where: { userId_organizationId: mine },
      select: { role: true, emailOptOuts: true, user: { select: { email: true, locale: true } } },
    }),
  ]);
  const items = rows.slice(0, notificationsPerPage).map((row) => ({
    id: row.id,
    kind: row.kind,
    vacancyId: row.vacancyId,
    params: row.params as NotificationParams,
    createdAt: row.createdAt,
    unread: row.readAt === null,
  }));
  return {
    items,
    unread,
    olderCursor: rows.length > notificationsPerPage ? items.at(-1)!.id : null,
    settings: {
      role: membership.role,
      emailOptOuts: membership.emailOptOuts,
      email: membership.user.email,
      mailLocale: membership.user.locale,
    },
  };
}

/** How many unread notifications the member has (the area navigation shows it). */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  const employer = requireEmployer(actor);
  return db.notification.count({
    where: { userId: employer.userId, organizationId: employer.organizationId, readAt: null },
  });
}
