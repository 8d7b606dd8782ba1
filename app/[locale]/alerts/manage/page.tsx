import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { AlertSubscriptionCard } from "@/components/alerts/alert-subscription-card";
import { ActionForm } from "@/components/forms/action-form";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { manageAlertAction } from "@/lib/alerts/actions";
import { loadAlertManagement } from "@/lib/alerts/load-alert-management";
import { placeNames } from "@/lib/reference/place-names";
import { isAppError } from "@/lib/server/errors";

// The token is a secret: never cached, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

// GET /[locale]/alerts/manage?token=… – the address's subscriptions through a mailed link: frequency, end one, end all
export default async function ManageAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const [t, messages] = await Promise.all([getTranslations("alerts"), getMessages()]);
  const management =
    typeof token === "string"
      ? await loadAlertManagement(token).catch((error) => {
          if (isAppError(error)) return null;
          throw error;
        })
      : null;
  if (!management || typeof token !== "string")
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t("manageTitle")}</h1>
        <Panel as="p" tone="warning">
          {t("invalidLink")}
        </Panel>
      </div>
    );
  const places = await placeNames();
  const anyActive = management.subscriptions.some((s) => s.status === "ACTIVE");
  return (
    <NextIntlClientProvider
      messages={{ alerts: messages.alerts, errors: messages.errors, validation: messages.validation }}
    >
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("manageTitle")}</h1>
        <p className="break-all text-slate-700">{t("manageLead", { email: management.email })}</p>
        {management.subscriptions.length === 0 ? (
          <Panel as="p" tone="empty">
            {t("none")}
          </Panel>
        ) : (
          <ul className="space-y-3">
            {management.subscriptions.map((subscription) => (
              <AlertSubscriptionCard key={subscription.id} subscription={subscription} token={token} places={places} />
            ))}
          </ul>
        )}
        {anyActive && (
          <ActionForm action={manageAlertAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="operation" value="endAll" />
            <button type="submit" className={secondaryButtonClass}>
              {t("endAll")}
            </button>
          </ActionForm>
        )}
        <p className="text-sm text-slate-600">{t("deletionNote")}</p>
      </div>
    </NextIntlClientProvider>
  );
}
