import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";

/** The red-flag rules in force (administrators only). */
export async function listRiskRules(actor: Actor | null) {
  requireAdministrator(actor);
  return db.riskRule.findMany({ orderBy: [{ category: "asc" }, { id: "asc" }] });
}
