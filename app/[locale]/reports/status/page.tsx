import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { findReceiptStatus, type ReceiptStatus } from "@/lib/reports/find-receipt-status";
import { isAppError } from "@/lib/server/errors";
import { requestIp } from "@/lib/server/request-context";
import { waitParams } from "@/lib/i18n/duration";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "reportStatus" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// GET /[locale]/reports/status?receipt=R-XXXXXXX – a reporter looks up the stage of their report (nothing else)
export default async function ReportStatusPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).receipt;
  const receipt = Array.isArray(raw) ? raw[0] : raw;
  const [t, tAll, format, messages] = await Promise.all([
    getTranslations("reportStatus"),
    getTranslations(),
    getFormatter(),
    getMessages(),
  ]);
  let status: ReceiptStatus | undefined;
  let errors: string[] | undefined;
  let refusal: string | null = null;
  if (receipt !== undefined) {
    try {
      status = await findReceiptStatus({ receipt }, { ip: await requestIp() });
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === "invalid") errors = error.fields?.receipt ?? ["validation.receipt"];
      else if (error.code === "rate_limited")
        refusal = tAll("errors.rate_limited_wait", waitParams(error.retryAfterSeconds ?? 3600));
      else throw error;
    }
  }
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <NextIntlClientProvider messages={{ errors: messages.errors, validation: messages.validation }}>
        <Panel as="form" method="get" className="space-y-3" aria-label={t("title")}>
          <TextField
            name="receipt"
            label={t("receipt")}
            hint={t("receiptHint")}
            defaultValue={receipt ?? ""}
            maxLength={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            errors={errors}
          />
          <button type="submit" className={buttonClass}>
            {t("check")}
          </button>
        </Panel>
      </NextIntlClientProvider>
      <div role="status">
        {refusal && (
          <Panel tone="danger" className="text-sm">
            {refusal}
          </Panel>
        )}
        {status === null && (
          <Panel tone="warning" data-testid="receipt-status">
            {t("unknown")}
          </Panel>
        )}
        {status && (
          <Panel
            tone={status.stage === "upheld" || status.stage === "dismissed" ? "success" : "info"}
            className="space-y-1"
            data-testid="receipt-status"
          >
            <p className="font-semibold">{t(`stage.${status.stage}`)}</p>
            <p className="text-sm">{t("receivedAt", { date: date(status.receivedAt) })}</p>
            {status.closedAt && <p className="text-sm">{t("closedAt", { date: date(status.closedAt) })}</p>}
          </Panel>
        )}
      </div>
    </div>
  );
}
