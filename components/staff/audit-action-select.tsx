import { getTranslations } from "next-intl/server";
import { FieldError } from "@/components/forms/field-error";
import { FieldLabel } from "@/components/forms/field-label";
import { controlClass } from "@/components/ui/field";
import { actionMessageKey, auditActionGroups, auditGroupNames, groupValue } from "@/lib/audit/action-catalog";

/**
 * The action filter: the actions' names in the page's language, grouped (a group's first choice takes all of
 * it). SelectField has no groups, so this is its one grouped sibling, with the same label and error markup.
 */
export async function AuditActionSelect({ value, errors }: { value: string; errors?: string[] }) {
  const t = await getTranslations();
  const id = "field-action";
  return (
    <div className="flex flex-col gap-1">
      <FieldLabel htmlFor={id}>{t("staffAudit.action")}</FieldLabel>
      <select
        id={id}
        name="action"
        defaultValue={value}
        className={`${controlClass} ${errors?.length ? "border-red-600" : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      >
        <option value="">{t("staffAudit.anyAction")}</option>
        {auditGroupNames.map((group) => (
          <optgroup key={group} label={t(`staffAudit.group.${group}`)}>
            <option value={groupValue(group)}>{t(`staffAudit.groupAll.${group}`)}</option>
            {auditActionGroups[group].map((code) => (
              <option key={code} value={code}>
                {t(actionMessageKey(code) as never)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
