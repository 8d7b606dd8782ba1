import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/server/current-actor";

// The employer area's forms validate in the browser: they get the message namespaces they show.
const clientNamespaces = [
  "validation", "auth", "employer", "vacancyForm", "errors", "country", "sector", "employmentType", "salaryPeriod",
  "experience", "education", "contractType", "costBearer", "organizationKind", "language", "currency",
] as const;

export default async function EmployerLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [messages, t, actor] = await Promise.all([getMessages(), getTranslations("employer"), currentActor()]);
  const picked = Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]));
  return (
    <NextIntlClientProvider messages={picked}>
      {actor?.role === "EMPLOYER" && (
        <nav aria-label={t("areaNavigation")} className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm">
          <Link href="/employer" className="font-medium text-brand-700 hover:underline">
            {t("navDashboard")}
          </Link>
          <Link href="/employer/vacancies/new" className="font-medium text-brand-700 hover:underline">
            {t("newVacancy")}
          </Link>
          <Link href="/employer/members" className="font-medium text-brand-700 hover:underline">
            {t("navMembers")}
          </Link>
          <span className="ml-auto text-slate-600">{actor.email}</span>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="text-brand-700 underline">
              {t("signOut")}
            </button>
          </form>
        </nav>
      )}
      {children}
    </NextIntlClientProvider>
  );
}
