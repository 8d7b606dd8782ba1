import "server-only";
import { db } from "@/lib/server/db";

/** All regions and cities of republican significance of both countries, in their official order. */
export async function listRegions() {
  return db.region.findMany({
    orderBy: [{ countryCode: "asc" }, { sortOrder: "asc" }],
    select: { code: true, countryCode: true, kind: true, nameRu: true, nameKy: true, nameKk: true, nameEn: true },
  });
}

export type RegionOption = Awaited<ReturnType<typeof listRegions>>[number];
