/** One field a record changed: its value before and after (a side that was not recorded is absent). */
export type AuditChange = { field: string; before?: unknown; after?: unknown };

// Bookkeeping every row carries: an id and timestamps say nothing about what changed.
const bookkeeping = new Set(["id", "createdAt", "updatedAt"]);

type Values = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Values =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A record's side as fields: a revision's `{ revisionId, data: {…form} }` is read as its form's fields. */
function asFields(value: unknown): Values | null {
  if (value === null || value === undefined) return null;
  if (!isPlainObject(value)) return { value };
  const { data, ...rest } = value;
  return isPlainObject(data) ? { ...rest, ...data } : value;
}

/** Nothing there: null, an empty text or an empty list (a draft's "" and a row's null are the same). */
export const isEmptyValue = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

const numeric = (value: unknown) =>
  typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()))
    ? Number(value)
    : null;

/** Same value as the log stores it: "150000" and 150000 and "150000.00" are one amount. */
function sameValue(a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  const [x, y] = [numeric(a), numeric(b)];
  if (x !== null && y !== null) return x === y;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields a record changed, in the order it lists them: both sides when both were recorded and differ; a
 * new value alone when only the after side was recorded (creations: empty fields are left out); an old value
 * alone when only the before side was (a member removed). Fields nobody knows are kept, by their raw key.
 */
export function auditChanges(beforeValue: unknown, afterValue: unknown): AuditChange[] {
  const before = asFields(beforeValue);
  const after = asFields(afterValue);
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    if (bookkeeping.has(field)) continue;
    const inBefore = before !== null && Object.hasOwn(before, field);
    const inAfter = after !== null && Object.hasOwn(after, field);
    if (inBefore && inAfter) {
      if (!sameValue(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
    } else if (inAfter) {
      if (!isEmptyValue(after![field])) changes.push({ field, after: after![field] });
    } else if (!isEmptyValue(before![field])) {
      changes.push({ field, before: before![field] });
    }
  }
  return changes;
}
