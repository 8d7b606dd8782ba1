"use client";

import { useActionState } from "react";
import { buttonClass, controlClass } from "@/components/ui/field";
import { idleState } from "@/lib/forms/field-errors";
import { submitReportAction } from "@/lib/reports/actions";
import { StatusNotice } from "@/components/ui/status-notice";
import { Panel } from "@/components/ui/panel";

type Texts = {
  title: string;
  lead: string;
  reasonLabel: string;
  reasons: Record<string, string>;
  message: string;
  send: string;
  received: string;
  errors: Record<string, string>;
};

/** "Report this vacancy": reasons, an optional message, a receipt number back. No account needed. */
export function ReportForm({ vacancyId, texts }: { vacancyId: string; texts: Texts }) {
  const [state, action, pending] = useActionState(submitReportAction, idleState);
  if (state.status === "success") {
    return (
      <StatusNotice testId="report-receipt">
        {texts.received.replace("{receipt}", String(state.formErrorParams?.receipt ?? ""))}
      </StatusNotice>
    );
  }
  const error =
    state.status === "error"
      ? (texts.errors[state.formError?.replace("errors.", "") ?? ""] ?? texts.errors.invalid)
      : null;
  return (
    <Panel as="details">
      <summary className="cursor-pointer font-medium text-red-800">{texts.title}</summary>
      <form action={action} className="mt-3 space-y-3">
        <p className="text-sm text-slate-700">{texts.lead}</p>
        <input type="hidden" name="vacancyId" value={vacancyId} />
        {error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            {error}
          </p>
        )}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{texts.reasonLabel}</legend>
          {Object.entries(texts.reasons).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="reason" value={value} required className="h-5 w-5" />
              {label}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {texts.message}
          <textarea name="message" rows={3} maxLength={2000} className={controlClass} />
        </label>
        <button type="submit" className={buttonClass} disabled={pending}>
          {texts.send}
        </button>
      </form>
    </Panel>
  );
}
