import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditEntryList } from "@/components/staff/audit-entry-list";
import { AuditFilters } from "@/components/staff/audit-filters";
import { Pager } from "@/components/ui/pager";
import { Panel } from "@/components/ui/panel";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { auditFilterValues, auditQueryString } from "@/lib/audit/audit-query";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { listAuditPeople } from "@/lib/audit/list-audit-people";
import { auditPageSchema } from "@/lib/audit/schemas";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const pageOf = (query: Record<string, string | string[] | undefined>) =>
  auditPageSchema.parse(Object.hasOwn(query, "page") ? query.page : undefined);

/** The tab names the page, and which page of the log it is after the first. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale });
  const page = pageOf(query);
  return { title: page > 1 ? t("staffAudit.titlePaged", { page }) : t("staff.auditTitle") };
}

// GET /[locale]/staff/audit – administrators: who did what, by name, with the fields changed; filters, pages, CSV
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "read:audit:any");
  const query = await searchParams;
  const values = auditFilterValues(query);
  const [t, staff, result] = await Promise.all([
    getTranslations(),
    listAuditPeople(actor),
    listAuditEntries(actor, values, pageOf(query)).catch((error: unknown) => {
      // Wrong filters are the administrator's to correct, next to each field: not an error page.
      if (isAppError(error) && error.code === "invalid") return { errors: error.fields ?? {} };
      throw error;
    }),
  ]);
  const page = "errors" in result ? null : result;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("staff.auditTitle")}</h1>
      <p className="text-sm text-slate-700">{t("staffAudit.lead")}</p>
      <AuditFilters
        values={values}
        errors={"errors" in result ? result.errors : {}}
        staff={staff}
        exportHref={page ? `/api/staff/audit${auditQueryString(page.filter)}` : null}
      />
      {page ? (
        <>
          <p className="font-medium" role="status">
            {t("staffAudit.count", { count: page.total })}
          </p>
          <AuditEntryList page={page} />
          <Pager
            page={page.page}
            pageCount={page.pageCount}
            hrefFor={(to) => `/staff/audit${auditQueryString(page.filter, to)}`}
          />
        </>
      ) : (
        <Panel tone="warning" role="alert">
          {t("staffAudit.invalidFilters")}
        </Panel>
      )}
    </div>
  );
}
