import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmAlertForm } from "@/components/alerts/confirm-alert-form";
import { Panel } from "@/components/ui/panel";
import { alertTokenSchema } from "@/lib/alerts/schemas";

// The token is a secret: never cached, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

// GET /[locale]/alerts/confirm?token=… – the mailed confirmation link: a page with one button (the GET changes nothing)
export default async function ConfirmAlertPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const [t, messages] = await Promise.all([getTranslations("alerts"), getMessages()]);
  const valid = typeof token === "string" && alertTokenSchema.safeParse(token).success;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      {valid ? (
        <Panel as="section" padding="lg" className="space-y-3">
          <p>{t("confirmLead")}</p>
          <NextIntlClientProvider messages={{ alerts: messages.alerts, errors: messages.errors }}>
            <ConfirmAlertForm token={token} />
          </NextIntlClientProvider>
        </Panel>
      ) : (
        <Panel as="p" tone="warning">
          {t("invalidLink")}
        </Panel>
      )}
    </div>
  );
}
