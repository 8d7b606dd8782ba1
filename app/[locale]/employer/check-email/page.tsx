import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { env } from "@/lib/server/env";
import { Panel } from "@/components/ui/panel";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ email?: string }> };

// GET /[locale]/employer/check-email – after registration: "we sent you a link"
export default async function CheckEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="text-slate-700">{t("checkEmailBody", { email: (email ?? "").slice(0, 254) })}</p>
      {env().DEV_OUTBOX === "1" && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm">
          {t("checkEmailDevHint")}{" "}
          <Link href="/dev/outbox" className="text-brand-700 underline">
            {t("openOutbox")}
          </Link>
        </Panel>
      )}
    </div>
  );
}
