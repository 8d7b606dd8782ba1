import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { CountryCode, OrganizationKind, RiskLevel, Sector } from "@/lib/generated/prisma/enums";
import type { QueueFilter } from "@/lib/moderation/schemas";

/** The review queue's filters as a GET form (the URL holds them). Countries: only the moderator's own. */
export async function QueueFilters({ filter, jurisdictions }: { filter: QueueFilter; jurisdictions: CountryCode[] }) {
  const t = await getTranslations();
  // "Any" agrees with the field's noun in Russian (Страна: Любая, Тип: Любой).
  const any = t("list.any");
  const anyFeminine = t("list.anyF");
  return (
    <Panel
      as="form"
      method="get"
      padding="sm"
      className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6"
      aria-label={t("staff.queueFilters")}
    >
      <SelectField
        name="country"
        label={t("list.country")}
        placeholder={anyFeminine}
        defaultValue={filter.country ?? ""}
        options={Object.values(CountryCode)
          .filter((c) => jurisdictions.includes(c))
          .map((c) => [c, t(`country.${c}`)] as const)}
      />
      <SelectField
        name="sector"
        label={t("list.sector")}
        placeholder={anyFeminine}
        defaultValue={filter.sector ?? ""}
        options={Object.values(Sector).map((v) => [v, t(`sector.${v}`)] as const)}
      />
      <SelectField
        name="kind"
        label={t("staff.employerKind")}
        placeholder={any}
        defaultValue={filter.kind ?? ""}
        options={Object.values(OrganizationKind).map((v) => [v, t(`organizationKind.${v}`)] as const)}
      />
      <SelectField
        name="risk"
        label={t("staff.riskLevel")}
        placeholder={any}
        defaultValue={filter.risk ?? ""}
        options={Object.values(RiskLevel).map((v) => [v, t(`staff.risk.${v}`)] as const)}
      />
      <SelectField
        name="olderThan"
        label={t("staff.waitingAtLeast")}
        placeholder={any}
        defaultValue={filter.olderThan?.toString() ?? ""}
        options={["1", "2", "7"].map((v) => [v, t("staff.days", { days: Number(v) })] as const)}
      />
      <button type="submit" className={`${secondaryButtonClass} self-end`}>
        {t("list.apply")}
      </button>
    </Panel>
  );
}
