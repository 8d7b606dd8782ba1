import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { AuditEntryView } from "@/lib/audit/list-audit-entries";
import { auditFieldLabel, formatAuditValue, type AuditFormatContext } from "@/lib/audit/format-audit-value";

/** The page's translator and language, as the audit value formatter needs them. */
export async function auditFormatContext(names: ReadonlyMap<string, string>): Promise<AuditFormatContext> {
  const [t, locale, timeZone] = await Promise.all([getTranslations(), getLocale(), getTimeZone()]);
  return {
    t: (key, values) => t(key as never, values as never),
    has: (key) => t.has(key as never),
    locale,
    timeZone,
    names,
  };
}

/**
 * The fields a record changed, one per line: the label in the page's language (or the raw key, marked), the
 * old value struck through and the new one, each with a visible "was"/"now" so it reads without colour.
 */
export async function AuditDiff({ entry, context }: { entry: AuditEntryView; context: AuditFormatContext }) {
  const t = await getTranslations("staffAudit");
  const show = (field: string, value: unknown) =>
    formatAuditValue(entry.entityType, field, value, context, entry.currency);
  return (
    <dl className="divide-y divide-slate-200 text-sm" data-testid="audit-diff">
      {entry.changes.map((change) => {
        const label = auditFieldLabel(entry.entityType, change.field, context);
        const hasBefore = Object.hasOwn(change, "before");
        const hasAfter = Object.hasOwn(change, "after");
        return (
          <div key={change.field} className="grid gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[minmax(9rem,14rem)_1fr]">
            <dt className="font-medium text-slate-800">
              {label.raw ? (
                <code className="text-xs break-all" title={t("diff.rawKey")}>
                  {label.text}
                </code>
              ) : (
                label.text
              )}
            </dt>
            <dd className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5">
              {hasBefore && (
                <span className="min-w-0 break-words whitespace-pre-line">
                  <span className="text-xs text-slate-600">{t("diff.before")}: </span>
                  <del className="text-slate-700 decoration-red-500">{show(change.field, change.before)}</del>
                </span>
              )}
              {hasBefore && hasAfter && (
                <span aria-hidden="true" className="text-slate-500">
                  →
                </span>
              )}
              {hasAfter && (
                <span className="min-w-0 break-words whitespace-pre-line">
                  <span className="text-xs text-slate-600">{t("diff.after")}: </span>
                  <ins className="font-medium text-slate-900 no-underline">{show(change.field, change.after)}</ins>
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
