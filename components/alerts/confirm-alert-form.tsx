"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { buttonClass } from "@/components/ui/field";
import { confirmAlertAction } from "@/lib/alerts/actions";
import { idleState } from "@/lib/forms/field-errors";

/**
 * The confirmation page's one button. Confirming is a POST: mail scanners that open every link (GET) must not
 * subscribe anyone. After it: the outcome and the link to manage the subscriptions.
 */
export function ConfirmAlertForm({ token }: { token: string }) {
  const t = useTranslations("alerts");
  const [state, action, pending] = useActionState(confirmAlertAction, idleState);
  const manageLink = String(state.formErrorParams?.manageLink ?? "");
  const done = state.status === "success";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {manageLink && (
        <p>
          <a href={manageLink} className="font-medium text-brand-700 underline">
            {t("manageLink")}
          </a>
        </p>
      )}
      {!done && (
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("confirmButton")}
        </button>
      )}
    </form>
  );
}
