import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { env } from "@/lib/server/env";

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
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("checkEmailDevHint")}{" "}
          <Link href="/dev/outbox" className="text-brand-700 underline">
            {t("openOutbox")}
          </Link>
        </p>
      )}
    </div>
  );
}
