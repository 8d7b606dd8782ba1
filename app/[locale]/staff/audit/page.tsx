import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass, controlClass } from "@/components/ui/field";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { Panel } from "@/components/ui/panel";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("auditTitle");

// GET /[locale]/staff/audit – administrators: filter the audit log and export it as CSV
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "read:audit:any");
  const query = await searchParams;
  const [t, format] = await Promise.all([getTranslations("staff"), getFormatter()]);
  const filter = auditFilterSchema.parse(query);
  const entries = await listAuditEntries(actor, filter);
  const exportQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  const fields = ["action", "entityType", "entityId", "actorId"] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("auditTitle")}</h1>
      <Panel as="form" padding="sm" className="grid gap-2 sm:grid-cols-3" method="get">
        {fields.map((name) => (
          <label key={name} className="flex flex-col text-sm">
            {t(`auditFilter.${name}`)}
            <input name={name} defaultValue={filter[name] ?? ""} className={controlClass} />
          </label>
        ))}
        <label className="flex flex-col text-sm">
          {t("auditFilter.from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={controlClass} />
        </label>
        <label className="flex flex-col text-sm">
          {t("auditFilter.to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={controlClass} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass}>
            {t("auditFilter.apply")}
          </button>
          <a
            href={`/api/staff/audit${exportQuery ? `?${exportQuery}` : ""}`}
            className="text-brand-700 underline"
            data-testid="audit-export"
          >
            {t("auditExport")}
          </a>
        </div>
      </Panel>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="p-1">{t("auditColumns.at")}</th>
              <th className="p-1">{t("auditColumns.actor")}</th>
              <th className="p-1">{t("auditColumns.action")}</th>
              <th className="p-1">{t("auditColumns.entity")}</th>
              <th className="p-1">{t("auditColumns.change")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id.toString()} className="border-t border-slate-200 align-top">
                <td className="p-1 whitespace-nowrap">
                  {format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}
                </td>
                <td className="p-1 font-mono text-xs">
                  {entry.actorRole ?? "—"} {entry.actorId ?? ""}
                </td>
                <td className="p-1">{entry.action}</td>
                <td className="p-1 font-mono text-xs">
                  {entry.entityType} {entry.entityId}
                </td>
                <td className="max-w-md p-1 font-mono text-xs break-all">
                  {entry.after ? JSON.stringify(entry.after).slice(0, 300) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
