import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionForm } from "@/components/staff/decision-form";
import { OrganizationActions } from "@/components/staff/organization-actions";
import { Badge } from "@/components/ui/badge";
import { FactList } from "@/components/vacancies/fact-list";
import { localizedName } from "@/lib/i18n/localized-name";
import { openReview } from "@/lib/moderation/open-review";
import { isAppError } from "@/lib/server/errors";
import { requireStaffPage } from "@/lib/server/require-page-actor";
import { vacancyToFormValues } from "@/lib/vacancies/form-values";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";
import { vacancyFormFields } from "@/lib/vacancies/vacancy-form-schema";

/** The text with the red-flag excerpts marked, so the moderator sees at once what triggered them. */
function Marked({ text, reasons }: { text: string; reasons: RiskReason[] }) {
  const spans = reasons.filter((r) => r.start !== undefined && r.end !== undefined).sort((a, b) => a.start! - b.start!);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start! < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className="rounded bg-red-100 px-0.5 text-red-950" title={span.category}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end!;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export const dynamic = "force-dynamic";

const show = (value: unknown) =>
  value === undefined || value === null || value === "" ? "—" : Array.isArray(value) ? value.join(", ") : String(value);

// GET /[locale]/staff/vacancies/[id] – review one item: every field, the employer's history, a diff for revisions
export default async function ReviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const review = await openReview(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { vacancy, revision, claimedBy, employerHistory } = review;
  const current = vacancyToFormValues(vacancy);
  const proposed = (revision?.data ?? {}) as Record<string, unknown>;
  const changed = revision ? vacancyFormFields.filter((field) => show(current[field]) !== show(proposed[field])) : [];
  const org = vacancy.organization;
  const risk = revision
    ? { score: revision.riskScore, level: revision.riskLevel, reasons: (revision.riskReasons ?? []) as RiskReason[] }
    : { score: vacancy.riskScore, level: vacancy.riskLevel, reasons: (vacancy.riskReasons ?? []) as RiskReason[] };
  const title = revision ? String(proposed.title ?? vacancy.title) : vacancy.title;
  const description = revision
    ? String(proposed.description ?? vacancy.description ?? "")
    : (vacancy.description ?? "");

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold" lang={vacancy.language}>
        <Marked text={title} reasons={risk.reasons.filter((r) => r.field === "title")} />
      </h1>
      <section
        className={`rounded-lg border p-4 ${risk.level === "HIGH" ? "border-red-300 bg-red-50" : risk.level === "MEDIUM" ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
        aria-labelledby="risk-heading"
        data-testid="risk"
      >
        <h2 id="risk-heading" className="font-semibold">
          {t(`staff.risk.${risk.level}`)} · {t("staff.riskScore", { score: risk.score })}
        </h2>
        {risk.reasons.length === 0 ? (
          <p className="text-sm">{t("staff.noFlags")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {risk.reasons.map((reason) => (
              <li key={reason.ruleId}>
                <span className="font-medium">{t(`staff.flag.${reason.category as "FEE"}`)}</span> (+{reason.weight})
                {reason.excerpt && (
                  <>
                    : «<mark className="rounded bg-red-100 px-0.5">{reason.excerpt}</mark>»
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {claimedBy && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("staff.claimedBy", { name: claimedBy })}
        </p>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="employer-heading">
        <h2 id="employer-heading" className="mb-2 font-semibold">
          {t("staff.employer")}
        </h2>
        <p className="flex flex-wrap items-center gap-2">
          {org.legalName} <Badge>{t(`organizationKind.${org.kind}`)}</Badge>{" "}
          <Badge tone={org.verificationState === "VERIFIED" ? "success" : "warning"}>
            {t(`verification.${org.verificationState}`)}
          </Badge>
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {org.countryCode} · {org.registryNumber}{" "}
          {org.agencyLicense && `· ${t("vacancy.agencyLicense", { license: org.agencyLicense })}`}
        </p>
        <p className="mt-1 text-sm text-slate-700" data-testid="employer-history">
          {t("staff.history", {
            published: employerHistory.byStatus.PUBLISHED ?? 0,
            rejected: (employerHistory.byStatus.REJECTED ?? 0) + employerHistory.rejectedRevisions,
            closed: employerHistory.byStatus.CLOSED ?? 0,
            reports: employerHistory.reports,
          })}
        </p>
        {org.verificationState === "VERIFIED" && org.verificationNote && (
          <p className="mt-1 text-sm text-slate-700">{t("staff.verifiedHow", { note: org.verificationNote })}</p>
        )}
        {org.blockedAt && (
          <p className="mt-1 text-sm font-medium text-red-800">
            {t("staff.blockedBecause", { reason: org.blockReason ?? "" })}
          </p>
        )}
        <OrganizationActions
          locale={locale}
          organizationId={org.id}
          verified={org.verificationState === "VERIFIED"}
          blocked={Boolean(org.blockedAt)}
        />
      </section>
      {revision && (
        <section className="rounded-lg border border-brand-100 bg-brand-50 p-4" aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="mb-2 font-semibold">
            {t("staff.diffTitle")}
          </h2>
          <table className="w-full table-fixed text-sm" data-testid="revision-diff">
            <thead>
              <tr className="text-left">
                <th className="w-1/4 p-1">{t("staff.field")}</th>
                <th className="p-1">{t("staff.published")}</th>
                <th className="p-1">{t("staff.proposed")}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((field) => (
                <tr key={field} className="align-top">
                  <td className="p-1 font-mono text-xs">{field}</td>
                  <td className="whitespace-pre-line p-1 text-slate-600 line-through decoration-red-400">
                    {show(current[field])}
                  </td>
                  <td className="whitespace-pre-line p-1">{show(proposed[field])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("vacancy.aboutJob")}</h2>
        <div className="whitespace-pre-line" lang={vacancy.language} data-testid="review-description">
          <Marked text={description} reasons={risk.reasons.filter((r) => r.field === "description")} />
        </div>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <FactList
          facts={[
            [
              t("vacancy.occupation"),
              vacancy.occupation ? `${localizedName(vacancy.occupation, locale)} (${vacancy.occupation.code})` : null,
            ],
            [t("vacancy.region"), vacancy.region ? localizedName(vacancy.region, locale) : null],
            [t("vacancy.city"), vacancy.city ? localizedName(vacancy.city, locale) : null],
            [
              t("vacancy.salary"),
              `${show(current.salaryMin)} – ${show(current.salaryMax)} ${vacancy.salaryCurrency} ${t(`salaryPeriod.${vacancy.salaryPeriod}`)}`,
            ],
            [
              t("vacancy.employmentType"),
              vacancy.employmentType ? t(`employmentType.${vacancy.employmentType}`) : null,
            ],
            [t("vacancy.contractType"), t(`contractType.${vacancy.contractType}`)],
            [t("vacancy.travelPaidBy"), t(`costBearer.${vacancy.travelPaidBy}`)],
            [t("vacancy.housingPaidBy"), t(`costBearer.${vacancy.housingPaidBy}`)],
            [t("vacancy.documentsPaidBy"), t(`costBearer.${vacancy.documentsPaidBy}`)],
            [t("vacancy.noFeeConfirmed"), vacancy.noFeeConfirmed ? "✓" : "✗"],
            [t("vacancy.phone"), vacancy.contactPhone],
            [t("vacancy.email"), vacancy.contactEmail],
            [t("vacancy.telegram"), vacancy.contactTelegram],
            [t("vacancy.whatsapp"), vacancy.contactWhatsapp],
            [
              t("vacancy.validThrough"),
              vacancy.validThrough ? format.dateTime(vacancy.validThrough, { dateStyle: "medium" }) : null,
            ],
          ]}
        />
      </section>
      <DecisionForm locale={locale} vacancyId={vacancy.id} version={vacancy.updatedAt.toISOString()} />
    </div>
  );
}
