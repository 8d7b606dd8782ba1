import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { Link } from "@/lib/i18n/navigation";
import type { AuditFilterValues } from "@/lib/audit/audit-query";
import { AuditActionSelect } from "./audit-action-select";

type StaffPerson = { id: string; name: string | null; email: string; role: string };

/**
 * The audit log's filters as a GET form (the URL holds them, so links and the CSV export keep them). Errors
 * sit next to their fields; the export link is offered only for filters that are valid. A plain form, not
 * GetForm: a field named "action" shadows form.action, which GetForm reads for its clean URL.
 */
export async function AuditFilters({
  values,
  errors,
  staff,
  exportHref,
}: {
  values: AuditFilterValues;
  errors: FieldErrors;
  staff: StaffPerson[];
  exportHref: string | null;
}) {
  const [t, messages] = await Promise.all([getTranslations("staffAudit"), getMessages()]);
  // The fields' client parts translate their errors: give them this page's error texts too.
  const clientMessages = { validation: messages.validation, staffAudit: messages.staffAudit };
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <Panel
        as="form"
        method="get"
        padding="sm"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        aria-label={t("filters")}
      >
        <SelectField
          name="actor"
          label={t("staffMember")}
          placeholder={t("anyone")}
          defaultValue={values.actor ?? ""}
          errors={errors.actor}
          // Two people may share a name: the e-mail tells them apart.
          options={staff.map(
            (p) => [p.id, `${p.name ? `${p.name} (${p.email})` : p.email} · ${t(`role.${p.role}`)}`] as const,
          )}
        />
        <TextField
          name="person"
          label={t("person")}
          hint={t("personHint")}
          defaultValue={values.person ?? ""}
          errors={errors.person}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          name="organization"
          label={t("organization")}
          hint={t("organizationHint")}
          defaultValue={values.organization ?? ""}
          errors={errors.organization}
          maxLength={200}
          autoComplete="off"
        />
        <AuditActionSelect value={values.action ?? ""} errors={errors.action} />
        <TextField
          name="from"
          type="date"
          label={t("dateFrom")}
          hint={t("periodHint")}
          defaultValue={values.from ?? ""}
          errors={errors.from}
        />
        <TextField name="to" type="date" label={t("dateTo")} defaultValue={values.to ?? ""} errors={errors.to} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass}>
            {t("apply")}
          </button>
          <Link href="/staff/audit" className={secondaryButtonClass}>
            {t("reset")}
          </Link>
          {exportHref && (
            <a
              href={exportHref}
              className="text-brand-700 underline"
              data-testid="audit-export"
              aria-describedby="audit-export-hint"
            >
              {t("export")}
            </a>
          )}
          {exportHref && (
            <span id="audit-export-hint" className="text-xs text-slate-600">
              {t("exportHint")}
            </span>
          )}
        </div>
      </Panel>
    </NextIntlClientProvider>
  );
}
