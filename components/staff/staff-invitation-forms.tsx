"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { dangerButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { resendStaffInvitationAction, revokeStaffInvitationAction } from "@/lib/moderation/team-actions";
import { useOpenOnError, useStaffForm } from "./use-staff-form";

type Member = { id: string; name: string; email: string };

/** For an invitation nobody has used: send it again, or withdraw it (behind a disclosure and a ticked box). */
export function StaffInvitationForms({ member }: { member: Member }) {
  return (
    <div className="space-y-2">
      <ResendForm member={member} />
      <RevokeForm member={member} />
    </div>
  );
}

function ResendForm({ member }: { member: Member }) {
  const tt = useTranslations("staffTeam");
  const { state, errors, pending, form } = useStaffForm(resendStaffInvitationAction);
  const errorId = `member-${member.id}-resend-error`;
  return (
    <form {...form} aria-label={tt("invitationForm", { name: member.name })} className="space-y-2">
      <input type="hidden" name="userId" value={member.id} />
      <ErrorSummary state={state} errors={{}} fields={{}} />
      <button
        type="submit"
        className={secondaryButtonClass}
        disabled={pending}
        aria-describedby={errors.invitation ? errorId : undefined}
      >
        {tt("resend")}
      </button>
      <FieldError id={errorId} errors={errors.invitation} />
    </form>
  );
}

function RevokeForm({ member }: { member: Member }) {
  const tt = useTranslations("staffTeam");
  const { state, errors, pending, form } = useStaffForm(revokeStaffInvitationAction);
  const confirmId = `member-${member.id}-revoke-confirm`;
  const fields = { confirm: { label: tt("revokeConfirm", { email: member.email }), id: confirmId } };
  const open = useOpenOnError(state.status === "error");
  return (
    <details open={open}>
      <summary className="cursor-pointer py-2 text-sm font-medium text-red-800">{tt("revokeOpen")}</summary>
      <form {...form} aria-label={fields.confirm.label} className="space-y-2 pt-1">
        <input type="hidden" name="userId" value={member.id} />
        <ErrorSummary state={state} errors={errors} fields={fields} />
        <p className="text-sm text-slate-700">{tt("revokeExplain", { email: member.email })}</p>
        <CheckboxField id={confirmId} name="confirm" label={fields.confirm.label} errors={errors.confirm} />
        <FieldError id={`member-${member.id}-revoke-error`} errors={errors.invitation} />
        <button type="submit" className={dangerButtonClass} disabled={pending}>
          {tt("revoke")}
        </button>
      </form>
    </details>
  );
}
