"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { secondaryButtonClass } from "@/components/ui/field";
import { staffRoles, type StaffRole } from "@/lib/access/roles";
import { changeStaffRoleAction } from "@/lib/moderation/team-actions";
import { useStaffForm } from "./use-staff-form";

/**
 * Moderator ↔ administrator. Taking an administrator's role away asks for a ticked confirmation, which the
 * server checks too: the confirmation works without JavaScript.
 */
export function StaffRoleForm({ member }: { member: { id: string; name: string; role: StaffRole } }) {
  const t = useTranslations("staff");
  const tt = useTranslations("staffTeam");
  const { state, errors, pending, form } = useStaffForm(changeStaffRoleAction);
  const id = (field: string) => `member-${member.id}-${field}`;
  const fields = {
    role: { label: tt("role"), id: id("role") },
    confirm: { label: tt("confirmDowngrade"), id: id("confirm") },
  };
  const administrator = member.role === "ADMINISTRATOR";
  return (
    <form {...form} aria-label={tt("roleForm", { name: member.name })} className="space-y-2">
      <input type="hidden" name="userId" value={member.id} />
      <ErrorSummary state={state} errors={errors} fields={fields} />
      <SelectField
        id={fields.role.id}
        name="role"
        label={fields.role.label}
        defaultValue={member.role}
        options={staffRoles.map((role) => [role, t(`role.${role}`)] as const)}
        errors={errors.role}
        className="max-w-xs"
      />
      {administrator && (
        <CheckboxField id={fields.confirm.id} name="confirm" label={fields.confirm.label} errors={errors.confirm} />
      )}
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {tt("roleSave")}
      </button>
    </form>
  );
}
