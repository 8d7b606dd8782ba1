import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { hashToken, newOneTimeToken } from "@/lib/server/tokens";

export const tokenLifetimes: Record<TokenPurpose, number> = {
  EMAIL_VERIFICATION: 48 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** Creates a one-time token for the user (older unused ones of the same purpose stop working). */
export async function issueOneTimeToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
  lifetimeMs = tokenLifetimes[purpose],
) {
  await tx.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newOneTimeToken();
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(now.getTime() + lifetimeMs) },
  });
  return token;
}

export type TokenCheck = "valid" | "invalid" | "expired" | "used";

/** Finds a token by its hash and says whether it can still be used. */
export async function findOneTimeToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
) {
  const row = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { check: "invalid" as TokenCheck, row: null };
  if (row.usedAt) return { check: "used" as TokenCheck, row };
  if (row.expiresAt <= now) return { check: "expired" as TokenCheck, row };
  return { check: "valid" as TokenCheck, row };
}
