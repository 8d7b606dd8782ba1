import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { CountryCode, ReportOutcome, ReportReason } from "@/lib/generated/prisma/enums";
import type { ReportCaseFilter } from "@/lib/reports/schemas";

/** Open cases or the archive, by country, reason and (archive) outcome, as a GET form. */
export async function ReportCaseFilters({
  filter,
  jurisdictions,
}: {
  filter: ReportCaseFilter & { state: "open" | "closed" };
  jurisdictions: CountryCode[];
}) {
  const t = await getTranslations();
  return (
    <Panel
      as="form"
      method="get"
      padding="sm"
      className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={t("staff.reportFilters")}
    >
      <SelectField
        name="state"
        label={t("staff.caseState")}
        defaultValue={filter.state}
        options={[
          ["open", t("staff.casesOpen")],
          ["closed", t("staff.casesArchive")],
        ]}
      />
      <SelectField
        name="country"
        label={t("list.country")}
        placeholder={t("list.anyF")}
        defaultValue={filter.country ?? ""}
        options={Object.values(CountryCode)
          .filter((c) => jurisdictions.includes(c))
          .map((c) => [c, t(`country.${c}`)] as const)}
      />
      <SelectField
        name="reason"
        label={t("staff.reportReason")}
        placeholder={t("list.anyF")}
        defaultValue={filter.reason ?? ""}
        options={Object.values(ReportReason).map((v) => [v, t(`report.reason.${v}`)] as const)}
      />
      <SelectField
        name="outcome"
        label={t("staff.reportOutcomeLabel")}
        placeholder={t("list.any")}
        defaultValue={filter.outcome ?? ""}
        hint={t("staff.outcomeFilterHint")}
        options={Object.values(ReportOutcome).map((v) => [v, t(`staff.reportOutcome.${v}`)] as const)}
      />
      <button type="submit" className={`${secondaryButtonClass} self-end`}>
        {t("list.apply")}
      </button>
    </Panel>
  );
}
