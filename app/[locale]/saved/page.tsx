import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { SavedList } from "@/components/vacancies/saved-list";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "share" });
  return { title: t("savedTitle"), robots: { index: false } };
}

// GET /[locale]/saved – the vacancies saved on this device (kept in the browser, no account)
export default async function SavedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("share"), getMessages()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("savedTitle")}</h1>
      <p className="text-sm text-slate-700">{t("savedLead")}</p>
      <NextIntlClientProvider messages={{ share: messages.share }}>
        <SavedList />
      </NextIntlClientProvider>
    </div>
  );
}
