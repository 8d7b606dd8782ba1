import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { CountryCode, OrganizationKind, VerificationState } from "@/lib/generated/prisma/enums";
import type { EmployerFilter } from "@/lib/moderation/schemas";

/** The employers registry's search as a GET form (the URL holds it). Countries: only the staff member's own. */
export async function EmployerFilters({
  filter,
  jurisdictions,
}: {
  filter: EmployerFilter;
  jurisdictions: CountryCode[];
}) {
  const t = await getTranslations();
  return (
    <Panel
      as="form"
      method="get"
      padding="sm"
      className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6"
      aria-label={t("staff.employerSearch")}
    >
      <TextField
        name="q"
        type="search"
        label={t("staff.employerQuery")}
        hint={t("staff.employerQueryHint")}
        defaultValue={filter.q ?? ""}
        maxLength={200}
        className="sm:col-span-2"
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
        name="kind"
        label={t("staff.employerKind")}
        placeholder={t("list.any")}
        defaultValue={filter.kind ?? ""}
        options={Object.values(OrganizationKind).map((v) => [v, t(`organizationKind.${v}`)] as const)}
      />
      <SelectField
        name="verification"
        label={t("staff.verificationFilter")}
        placeholder={t("list.any")}
        defaultValue={filter.verification ?? ""}
        options={Object.values(VerificationState).map((v) => [v, t(`verification.${v}`)] as const)}
      />
      <SelectField
        name="blocked"
        label={t("staff.blockFilter")}
        placeholder={t("list.any")}
        defaultValue={filter.blocked ?? ""}
        options={[
          ["no", t("staff.notBlocked")],
          ["yes", t("staff.blocked")],
        ]}
      />
      <button type="submit" className={`${secondaryButtonClass} self-end`}>
        {t("list.apply")}
      </button>
    </Panel>
  );
}
