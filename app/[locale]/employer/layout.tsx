import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AreaNav } from "@/components/layout/area-nav";
import { currentActor } from "@/lib/access/current-actor";
import { isEmployerRole } from "@/lib/access/roles";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

// The employer area's forms validate in the browser: they get the message namespaces they show.
const clientNamespaces = [
  "validation",
  "auth",
  "employer",
  "vacancyForm",
  "errors",
  "country",
  "sector",
  "employmentType",
  "salaryPeriod",
  "experience",
  "education",
  "contractType",
  "costBearer",
  "organizationKind",
  "language",
  "currency",
  "notifications",
] as const;

export default async function EmployerLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await params;
  const [messages, t, notificationsT, actor] = await Promise.all([
    getMessages(),
    getTranslations("employer"),
    getTranslations("notifications"),
    currentActor(),
  ]);
  const isEmployer = actor !== null && isEmployerRole(actor.role) && actor.organizationId !== null;
  const unread = isEmployer ? await countUnreadNotifications(actor) : 0;
  const picked = Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]));
  return (
    <NextIntlClientProvider messages={picked}>
      {isEmployer && (
        <AreaNav
          label={t("areaNavigation")}
          links={[
            { href: "/employer", text: t("navDashboard") },
            { href: "/employer/vacancies/new", text: t("newVacancy") },
            {
              href: "/employer/notifications",
              text: unread ? notificationsT("navUnread", { count: unread }) : notificationsT("nav"),
            },
            { href: "/employer/organization", text: t("navOrganization") },
            { href: "/employer/members", text: t("navMembers") },
            { href: "/employer/account", text: t("navAccount") },
          ]}
          who={actor.email}
          signOut={t("signOut")}
        />
      )}
      {children}
    </NextIntlClientProvider>
  );
}
