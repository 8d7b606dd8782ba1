import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/ui/field";
import { auditQueryString } from "@/lib/audit/audit-query";
import type { AuditFilter } from "@/lib/audit/schemas";
import { Link } from "@/lib/i18n/navigation";

/** Previous / "page N of M" / next, as links that keep the filters. */
export async function AuditPagination({
  filter,
  page,
  pageCount,
}: {
  filter: AuditFilter;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("staffAudit");
  if (pageCount <= 1) return null;
  const href = (to: number) => `/staff/audit${auditQueryString(filter, to)}`;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={secondaryButtonClass}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-center text-sm text-slate-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={secondaryButtonClass}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
