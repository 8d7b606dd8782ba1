import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";

// The same for every visitor: cached like the other public pages (nothing at build time, which has no APP_URL).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "employerLanding" });
  return publicPageMetadata({ locale, path: "/for-employers", title: t("metaTitle"), description: t("lead") });
}

const sections = [
  ["freeTitle", "free"],
  ["reviewTitle", "review"],
  ["verificationTitle", "verification"],
  ["appealTitle", "appeal"],
] as const;

// GET /[locale]/for-employers – what the portal asks of employers and gives them, before any account
export default async function ForEmployersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("employerLanding");
  const actions = (
    <div className="flex flex-wrap gap-3">
      <Link href="/employer/register" className={buttonClass}>
        {t("register")}
      </Link>
      <Link href="/employer/sign-in" className={secondaryButtonClass}>
        {t("signIn")}
      </Link>
    </div>
  );
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("lead")}</p>
        {actions}
      </header>
      <Panel as="section" padding="lg" aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold">
          {t("rulesTitle")}
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          {(["rules1", "rules2", "rules3", "rules4", "rules5"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="font-medium">{t("rulesConsequence")}</p>
      </Panel>
      {sections.map(([title, text]) => (
        <Panel as="section" padding="lg" key={title} aria-labelledby={`${title}-heading`} className="space-y-2">
          <h2 id={`${title}-heading`} className="text-lg font-semibold">
            {t(title)}
          </h2>
          <p>{t(text)}</p>
        </Panel>
      ))}
      {actions}
    </div>
  );
}
