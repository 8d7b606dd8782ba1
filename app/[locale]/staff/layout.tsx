import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AreaNav } from "@/components/layout/area-nav";
import { currentActor } from "@/lib/access/current-actor";
import { isStaffRole, roleCan } from "@/lib/access/roles";

const clientNamespaces = [
  "validation",
  "auth",
  "staff",
  "staffRules",
  "staffRiskModel",
  "staffTeam",
  "errors",
  "country",
] as const;

export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await params;
  const [messages, t, actor] = await Promise.all([getMessages(), getTranslations("staff"), currentActor()]);
  return (
    <NextIntlClientProvider messages={Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]))}>
      {actor && isStaffRole(actor.role) && (
        <AreaNav
          label={t("areaNavigation")}
          links={[
            { href: "/staff", text: t("queueTitle") },
            { href: "/staff/reports", text: t("reportsTitle") },
            { href: "/staff/employers", text: t("employersTitle") },
            ...(roleCan(actor.role, "manage:staff:any")
              ? [
                  { href: "/staff/team", text: t("navTeam") },
                  { href: "/staff/rules", text: t("navRules") },
                  ...(roleCan(actor.role, "manage:risk-model:any")
                    ? [{ href: "/staff/risk-model", text: t("navRiskModel") }]
                    : []),
                  { href: "/staff/rates", text: t("navRates") },
                  { href: "/staff/audit", text: t("navAudit") },
                ]
              : []),
            ...(roleCan(actor.role, "read:alerts:any") ? [{ href: "/staff/alerts", text: t("navAlerts") }] : []),
            { href: "/staff/account", text: t("navAccount") },
          ]}
          who={`${actor.email} · ${t(`role.${actor.role}`)} · ${actor.jurisdictions.join(", ")}`}
          signOut={t("signOut")}
        />
      )}
      {children}
    </NextIntlClientProvider>
  );
}
