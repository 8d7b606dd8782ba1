import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import { withdrawResponseAction } from "@/lib/responses/actions";
import { getResponseByToken } from "@/lib/responses/get-response-by-token";
import { isAppError } from "@/lib/server/errors";

// The token is a secret: never cached, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

const tones = { NEW: "neutral", SEEN: "info", INVITED: "success", DECLINED: "warning", WITHDRAWN: "neutral" } as const;

// GET /[locale]/responses/[token] – a seeker follows their response (private link from the receipt)
export default async function ResponsePage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const response = await getResponseByToken(token).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("respond"), getFormatter()]);
  const { vacancy } = response;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <Panel as="section" padding="lg" className="space-y-2" data-testid="response-status">
        <p>
          {vacancy.status === "PUBLISHED" ? (
            <Link
              href={`/vacancies/${vacancy.id}`}
              className="font-semibold text-brand-700 underline"
              lang={vacancy.language}
            >
              {vacancy.title}
            </Link>
          ) : (
            <span className="font-semibold" lang={vacancy.language}>
              {vacancy.title}
            </span>
          )}{" "}
          · {vacancy.organization.legalName}
        </p>
        <p className="text-sm text-slate-700">
          {t("sentOn", { date: format.dateTime(response.createdAt, { dateStyle: "long" }) })}
        </p>
        <p className="flex flex-wrap items-center gap-2">
          {t("statusLabel")} <Badge tone={tones[response.status]}>{t(`status.${response.status}`)}</Badge>
        </p>
        <p className="text-sm text-slate-700">{t(`statusExplained.${response.status}`)}</p>
        {response.status === "INVITED" && vacancy.contactPhone && (
          <p className="text-sm">{t("callEmployer", { phone: vacancy.contactPhone })}</p>
        )}
      </Panel>
      {response.status !== "WITHDRAWN" && (
        <ActionForm action={withdrawResponseAction} className="space-y-2">
          <input type="hidden" name="token" value={token} />
          <p className="text-sm text-slate-700">{t("withdrawLead")}</p>
          <button type="submit" className={secondaryButtonClass}>
            {t("withdraw")}
          </button>
        </ActionForm>
      )}
    </div>
  );
}
