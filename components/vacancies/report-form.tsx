"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type MouseEvent } from "react";
import { buttonClass, controlClass } from "@/components/ui/field";
import { idleState } from "@/lib/forms/field-errors";
import { submitReportAction } from "@/lib/reports/actions";
import { Panel, panelClass } from "@/components/ui/panel";

type Texts = {
  title: string;
  lead: string;
  reasonLabel: string;
  reasons: Record<string, string>;
  message: string;
  send: string;
  received: string;
  statusLink: string;
};

/**
 * "Report this vacancy": reasons, an optional message, a receipt number back. No account needed.
 * The status region is on the page from the start (a region added together with its text is often not
 * read out); when the receipt arrives, focus moves to it, and after an error, to the error.
 */
export function ReportForm({ vacancyId, texts }: { vacancyId: string; texts: Texts }) {
  const [state, action, pending] = useActionState(submitReportAction, idleState);
  const receipt = useRef<HTMLParagraphElement>(null);
  const errorMessage = useRef<HTMLParagraphElement>(null);
  const sent = state.status === "success";
  // The "errors" catalog comes with the form (the page wraps it in a provider): a wait is said with its length.
  const t = useTranslations();
  const locale = useLocale();
  const error =
    state.status === "error" ? t((state.formError ?? "errors.invalid") as never, state.formErrorParams as never) : null;

  useEffect(() => {
    if (sent) receipt.current?.focus();
    else if (state.status === "error") errorMessage.current?.focus();
  }, [state, sent]);

  // The button stays enabled while sending (a disabled button drops keyboard focus); a second press waits.
  const ignoreWhilePending = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) event.preventDefault();
  };

  return (
    <div>
      <div role="status">
        {sent && (
          <p
            ref={receipt}
            tabIndex={-1}
            className={`${panelClass("success", "none")} px-4 py-3`}
            data-testid="report-receipt"
          >
            {texts.received.replace("{receipt}", String(state.formErrorParams?.receipt ?? ""))}{" "}
            <a
              href={`/${locale}/reports/status?receipt=${encodeURIComponent(String(state.formErrorParams?.receipt ?? ""))}`}
              className="font-medium underline"
            >
              {texts.statusLink}
            </a>
          </p>
        )}
      </div>
      {!sent && (
        <Panel as="details">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-red-800">
            {texts.title}
          </summary>
          <form action={action} className="mt-3 space-y-3">
            <p className="text-sm text-slate-700">{texts.lead}</p>
            <input type="hidden" name="vacancyId" value={vacancyId} />
            {error && (
              <p
                ref={errorMessage}
                tabIndex={-1}
                role="alert"
                className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900"
              >
                {error}
              </p>
            )}
            <fieldset>
              <legend className="text-sm font-medium">{texts.reasonLabel}</legend>
              {Object.entries(texts.reasons).map(([value, label]) => (
                <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
                  <input type="radio" name="reason" value={value} required className="h-5 w-5 shrink-0" />
                  {label}
                </label>
              ))}
            </fieldset>
            <label className="flex flex-col gap-1 text-sm font-medium">
              {texts.message}
              <textarea name="message" rows={3} maxLength={2000} className={controlClass} />
            </label>
            <button
              type="submit"
              className={buttonClass}
              aria-disabled={pending || undefined}
              onClick={ignoreWhilePending}
            >
              {texts.send}
            </button>
          </form>
        </Panel>
      )}
    </div>
  );
}
