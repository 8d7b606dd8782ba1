import { getFormatter, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { actionMessageKey } from "@/lib/audit/action-catalog";
import type { AuditPage } from "@/lib/audit/list-audit-entries";
import { AuditDiff, auditFormatContext } from "./audit-diff";
import { AuditActorName, AuditSubjectName } from "./audit-names";

/**
 * The records of one page as cards (they stack on a phone; on a wide screen the facts sit beside their
 * labels): the action's name, when, who, to what, and the fields it changed.
 */
export async function AuditEntryList({ page }: { page: AuditPage }) {
  const [t, tAll, format, context] = await Promise.all([
    getTranslations("staffAudit"),
    getTranslations(),
    getFormatter(),
    auditFormatContext(page.names),
  ]);
  if (page.entries.length === 0) return <Panel tone="empty">{t("empty")}</Panel>;
  const label = "font-medium text-slate-700";
  return (
    <ol className="space-y-3" aria-label={t("entries")}>
      {page.entries.map((entry) => {
        const action = actionMessageKey(entry.action);
        return (
          <li key={entry.id}>
            <Panel as="article" padding="sm" aria-labelledby={`audit-${entry.id}`} data-testid="audit-entry">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <h2 id={`audit-${entry.id}`} className="font-semibold">
                  {tAll.has(action as never) ? tAll(action as never) : <code>{entry.action}</code>}
                </h2>
                <time dateTime={entry.at.toISOString()} className="text-sm text-slate-700">
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </div>
              <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(9rem,14rem)_1fr]">
                <dt className={label}>{t("who")}</dt>
                <dd>
                  <AuditActorName entry={entry} />
                </dd>
                <dt className={label}>{t("subject")}</dt>
                <dd className="break-words">
                  <AuditSubjectName entry={entry} />
                </dd>
                {entry.note && (
                  <>
                    <dt className={label}>{t("note")}</dt>
                    <dd className="break-words whitespace-pre-line">{entry.note}</dd>
                  </>
                )}
              </dl>
              {entry.changes.length > 0 && (
                <section className="mt-2 border-t border-slate-200 pt-1" aria-label={t("changes")}>
                  <AuditDiff entry={entry} context={context} />
                </section>
              )}
            </Panel>
          </li>
        );
      })}
    </ol>
  );
}
