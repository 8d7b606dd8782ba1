import "server-only";
import { db } from "@/lib/server/db";

/**
 * How people appear on staff pages: their name, else their e-mail, for the given user ids, in one query.
 * Internal: callers show names of records they have already found within the viewer's scope.
 */
export async function displayNames(ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, user.name ?? user.email]));
}
