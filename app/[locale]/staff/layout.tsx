import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AreaNav } from "@/components/layout/area-nav";
import { currentActor } from "@/lib/server/current-actor";

const clientNamespaces = ["validation", "auth", "staff", "errors", "country"] as const;

export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const [messages, t, actor] = await Promise.all([getMessages(), getTranslations("staff"), currentActor()]);
  const isStaff = actor?.role === "MODERATOR" || actor?.role === "ADMINISTRATOR";
  return (
    <NextIntlClientProvider messages={Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]))}>
      {isStaff && (
        <AreaNav
          label={t("areaNavigation")}
          locale={locale}
          links={[
            { href: "/staff", text: t("queueTitle") },
            ...(actor.role === "ADMINISTRATOR"
              ? [
                  { href: "/staff/team", text: t("navTeam") },
                  { href: "/staff/rules", text: t("navRules") },
                  { href: "/staff/rates", text: t("navRates") },
                  { href: "/staff/audit", text: t("navAudit") },
                ]
              : []),
          ]}
          who={`${actor.email} · ${t(`role.${actor.role as "MODERATOR"}`)} · ${actor.jurisdictions.join(", ")}`}
          signOut={t("signOut")}
        />
      )}
      {children}
    </NextIntlClientProvider>
  );
}
