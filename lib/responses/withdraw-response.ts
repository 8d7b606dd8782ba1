import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";
import { responseTokenSchema } from "./schemas";

/** The seeker takes a response back (through the private link): the employer sees it as withdrawn. */
export async function withdrawResponse(token: string): Promise<void> {
  if (!responseTokenSchema.safeParse(token).success) throw new AppError("not_found");
  const { count } = await db.response.updateMany({
    where: { tokenHash: hashToken(token), status: { not: "WITHDRAWN" } },
    data: { status: "WITHDRAWN", statusChangedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found");
}
