"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormMessage } from "@/components/forms/form-message";
import { markInvalid, refill } from "@/components/forms/refill-form";
import { TextField } from "@/components/forms/text-field";
import { secondaryButtonClass, dangerButtonClass } from "@/components/ui/field";
import { idleState } from "@/lib/forms/field-errors";
import { organizationAction } from "@/lib/moderation/actions";

/**
 * Verify the employer (how it was checked), block it (why, after confirming what follows: its vacancies
 * leave the portal and its people are told the reason) or unblock it. All recorded in the audit log.
 * After an error the typed text stays and the message takes focus.
 */
export function OrganizationActions({
  organizationId,
  verified,
  blocked,
  publishedCount,
}: {
  organizationId: string;
  verified: boolean;
  blocked: boolean;
  publishedCount: number;
}) {
  const t = useTranslations("staff");
  const [state, action] = useActionState(organizationAction, idleState);
  const root = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    if (!root.current || state.status === "idle") return;
    for (const form of Array.from(root.current.querySelectorAll("form"))) {
      if (state.values && state.values.operation === form.dataset.operation) refill(form, state.values);
      markInvalid(form, state.fieldErrors ?? {});
    }
    root.current.querySelector<HTMLElement>("[data-form-message]")?.focus();
  }, [state]);
  const hidden = <input type="hidden" name="organizationId" value={organizationId} />;
  return (
    <div ref={root} className="space-y-4">
      <div tabIndex={-1} data-form-message="">
        <FormMessage state={state} fieldErrorCount={Object.keys(errors).length} />
      </div>
      {!verified && !blocked && (
        <form action={action} data-operation="verify" className="space-y-2" aria-labelledby="verify-heading">
          <h3 id="verify-heading" className="font-semibold">
            {t("verifyTitle")}
          </h3>
          {hidden}
          <input type="hidden" name="operation" value="verify" />
          <TextField
            name="note"
            id="verify-note"
            label={t("verifyHow")}
            hint={t("verifyPlaceholder")}
            maxLength={500}
            errors={errors.note}
          />
          <button type="submit" className={secondaryButtonClass}>
            {t("verifyButton")}
          </button>
        </form>
      )}
      {blocked ? (
        <form action={action} data-operation="unblock" className="space-y-2">
          {hidden}
          <input type="hidden" name="operation" value="unblock" />
          <button type="submit" className={secondaryButtonClass}>
            {t("unblockButton")}
          </button>
        </form>
      ) : (
        <form action={action} data-operation="block" className="space-y-2" aria-labelledby="block-heading">
          <h3 id="block-heading" className="font-semibold">
            {t("blockTitle")}
          </h3>
          {hidden}
          <input type="hidden" name="operation" value="block" />
          <TextField
            name="reason"
            id="block-reason"
            label={t("blockWhy")}
            hint={t("blockWhyHint")}
            multiline
            rows={3}
            maxLength={1000}
            errors={errors.reason}
          />
          <CheckboxField name="confirm" label={t("blockConfirm", { count: publishedCount })} errors={errors.confirm} />
          <button type="submit" className={dangerButtonClass}>
            {t("blockButton")}
          </button>
        </form>
      )}
    </div>
  );
}
