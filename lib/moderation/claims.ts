// A moderator who opens an item claims it, so colleagues see someone is on it. A claim lapses after
// 15 minutes; until then nobody else may decide the item.
export const claimLifetimeMs = 15 * 60 * 1000;

type Claimable = { claimedById: string | null; claimedAt: Date | null };

/** Whether a colleague (not `staffUserId`) holds a fresh claim on the item. */
export function isClaimedByOther(item: Claimable, staffUserId: string, now: Date): boolean {
  return Boolean(
    item.claimedById &&
    item.claimedById !== staffUserId &&
    item.claimedAt &&
    now.getTime() - item.claimedAt.getTime() < claimLifetimeMs,
  );
}
