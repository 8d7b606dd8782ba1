import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";
import { responseTokenSchema } from "./schemas";

/** A response seen through its private link: the status and the vacancy it answers; nothing of other seekers. */
export async function getResponseByToken(token: string) {
  if (!responseTokenSchema.safeParse(token).success) throw new AppError("not_found");
  const response = await db.response.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      name: true,
      status: true,
      createdAt: true,
      statusChangedAt: true,
      vacancy: {
        select: {
          id: true,
          title: true,
          language: true,
          status: true,
          contactPhone: true,
          organization: { select: { id: true, legalName: true } },
        },
      },
    },
  });
  if (!response) throw new AppError("not_found");
  return response;
}
