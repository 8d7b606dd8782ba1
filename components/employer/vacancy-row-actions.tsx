"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { secondaryButtonClass } from "@/components/ui/field";
import { idleState } from "@/lib/forms/field-errors";
import type { VacancyStatus } from "@/lib/generated/prisma/enums";
import { vacancyRowAction } from "@/lib/vacancies/actions";
import type { RenewalDates } from "@/lib/vacancies/renewal-dates";
import { canClose, canRenew } from "@/lib/vacancies/status-rules";

type Props = { vacancyId: string; status: VacancyStatus; renewal: RenewalDates };

/** Duplicate, close and renew for one vacancy of the dashboard, each a small form (works without JS too). */
export function VacancyRowActions({ vacancyId, status, renewal }: Props) {
  const t = useTranslations("employer");
  const [state, action, pending] = useActionState(vacancyRowAction, idleState);
  const small = `${secondaryButtonClass} px-3 py-1 text-sm`;
  const hidden = <input type="hidden" name="vacancyId" value={vacancyId} />;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={action}>
          {hidden}
          <button type="submit" name="operation" value="duplicate" className={small} disabled={pending}>
            {t("duplicate")}
          </button>
        </form>
        {canClose(status) && (
          <form action={action} onSubmit={(e) => !confirm(t("closeConfirm")) && e.preventDefault()}>
            {hidden}
            <button type="submit" name="operation" value="close" className={small} disabled={pending}>
              {t("close")}
            </button>
          </form>
        )}
        {canRenew(status) && renewal.canExtend && (
          <form action={action} className="flex items-end gap-2">
            {hidden}
            <label className="flex flex-col text-xs text-slate-600">
              {t("renewUntil")}
              <input
                type="date"
                name="validThrough"
                defaultValue={renewal.suggested}
                min={renewal.min}
                max={renewal.max}
                className="rounded border border-slate-500 px-2 py-1 text-sm"
                required
              />
            </label>
            <button type="submit" name="operation" value="renew" className={small} disabled={pending}>
              {t("renew")}
            </button>
          </form>
        )}
      </div>
      <FormMessage state={state} fieldErrorCount={Object.keys(state.fieldErrors ?? {}).length} />
    </div>
  );
}
