"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { controlClass, secondaryButtonClass, dangerButtonClass } from "@/components/ui/field";
import { idleState } from "@/lib/forms/field-errors";
import { organizationAction } from "@/lib/moderation/actions";

/** Verify the employer (how it was checked) or block it (why): both recorded in the audit log. */
export function OrganizationActions({
  organizationId,
  verified,
  blocked,
}: {
  organizationId: string;
  verified: boolean;
  blocked: boolean;
}) {
  const t = useTranslations("staff");
  const [state, action, pending] = useActionState(organizationAction, idleState);
  const errors = state.fieldErrors ?? {};
  const hidden = <input type="hidden" name="organizationId" value={organizationId} />;
  return (
    <div className="mt-3 space-y-3">
      <FormMessage state={state} fieldErrorCount={Object.keys(errors).length} />
      {!verified && (
        <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          {hidden}
          <label className="flex flex-1 flex-col gap-1 text-sm">
            {t("verifyHow")}
            <input name="note" className={controlClass} placeholder={t("verifyPlaceholder")} />
            <FieldError id="verify-note-error" errors={errors.note} />
          </label>
          <button type="submit" name="operation" value="verify" className={secondaryButtonClass} disabled={pending}>
            {t("verifyButton")}
          </button>
        </form>
      )}
      {blocked ? (
        <form action={action}>
          {hidden}
          <button type="submit" name="operation" value="unblock" className={secondaryButtonClass} disabled={pending}>
            {t("unblockButton")}
          </button>
        </form>
      ) : (
        <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          {hidden}
          <label className="flex flex-1 flex-col gap-1 text-sm">
            {t("blockWhy")}
            <input name="reason" className={controlClass} />
            <FieldError id="block-reason-error" errors={errors.reason} />
          </label>
          <button type="submit" name="operation" value="block" className={dangerButtonClass} disabled={pending}>
            {t("blockButton")}
          </button>
        </form>
      )}
    </div>
  );
}
