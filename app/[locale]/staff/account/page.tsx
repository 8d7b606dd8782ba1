import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordPanel } from "@/components/accounts/change-password-panel";
import { requireStaffPage } from "@/lib/access/pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("accountTitle") };
}

// GET /[locale]/staff/account – the signed-in person's account: change the password
export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  return <ChangePasswordPanel email={actor.email} />;
}
