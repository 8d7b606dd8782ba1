import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "./errors";

/**
 * Runs a write guarded by a version in its `where` (e.g. `updatedAt`): when the row changed or vanished in
 * between, Prisma reports "record not found" (P2025), which for the user means someone else changed it.
 */
export async function conflictOnStaleWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new AppError("conflict", "changed meanwhile", { cause: error });
    }
    throw error;
  }
}
