import { getFormatter, getTranslations } from "next-intl/server";
import { isStaffRole } from "@/lib/access/roles";
import type { AuditEntryView } from "@/lib/audit/list-audit-entries";
import { Link } from "@/lib/i18n/navigation";

// Records without a signed-in person: the portal's own jobs, or the server's command line.
const automatic = new Set(["vacancy.expired", "vacancy.hidden_by_reports"]);
const linkClass = "text-brand-700 underline";

/** Who did it: a name (or e-mail) with the role; the internal id on hover. */
export async function AuditActorName({ entry }: { entry: AuditEntryView }) {
  const t = await getTranslations("staffAudit");
  if (!entry.actorId) {
    const key = automatic.has(entry.action)
      ? "actorSystem"
      : entry.action === "staff.created"
        ? "actorCommandLine"
        : "actorVisitor";
    return <span className="text-slate-700">{t(key)}</span>;
  }
  const role = entry.actorRole ?? entry.actor?.role;
  return (
    <span title={t("internalId", { id: entry.actorId })}>
      <span className="font-medium">{entry.actor ? (entry.actor.name ?? entry.actor.email) : t("actorDeleted")}</span>
      {role && <span className="text-slate-700"> · {t(`role.${role}`)}</span>}
      {entry.actor?.name && <span className="block text-xs break-all text-slate-600">{entry.actor.email}</span>}
    </span>
  );
}

/** What it was done to, by what it is, linked to its staff page where there is one. */
export async function AuditSubjectName({ entry }: { entry: AuditEntryView }) {
  const [t, format] = await Promise.all([getTranslations("staffAudit"), getFormatter()]);
  const subject = entry.subject;
  const title = t("internalId", { id: subject.id });
  switch (subject.kind) {
    case "vacancy":
      return (
        <Link href={`/staff/vacancies/${subject.id}`} className={linkClass} title={title}>
          {subject.title
            ? t("entity.vacancy", { title: subject.title, organization: subject.organization })
            : t("entity.vacancyUntitled", { organization: subject.organization })}
        </Link>
      );
    case "organization":
      return (
        <Link href={`/staff/employers/${subject.id}`} className={linkClass} title={title}>
          {t("entity.organization", { name: subject.name })}
        </Link>
      );
    case "user": {
      const name = subject.person.name ?? subject.person.email;
      return (
        <span title={title}>
          {isStaffRole(subject.person.role) ? t("entity.staff", { name }) : t("entity.user", { name })}
        </span>
      );
    }
    case "invitation":
      return (
        <span title={title}>
          {t("entity.invitation", { email: subject.email, organization: subject.organization })}
        </span>
      );
    case "report":
      return (
        <Link href={`/staff/vacancies/${subject.vacancyId}`} className={linkClass} title={title}>
          {t("entity.report", { receipt: subject.receipt, title: subject.title })}
        </Link>
      );
    case "exchangeRate":
      return (
        <span title={title}>
          {t("entity.exchangeRate", {
            pair: `${subject.base}/${subject.quote}`,
            date: format.dateTime(subject.date, { dateStyle: "long", timeZone: "UTC" }),
          })}
        </span>
      );
    case "riskRule":
      return (
        <Link href="/staff/rules" className={linkClass} title={title}>
          {t("entity.riskRule", { id: subject.id })}
        </Link>
      );
    default:
      return <span title={title}>{t("entity.missing", { type: subject.type })}</span>;
  }
}
