import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/server/current-actor";

const clientNamespaces = ["validation", "auth", "staff", "errors", "country"] as const;

export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [messages, t, actor] = await Promise.all([getMessages(), getTranslations("staff"), currentActor()]);
  const isStaff = actor?.role === "MODERATOR" || actor?.role === "ADMINISTRATOR";
  return (
    <NextIntlClientProvider messages={Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]))}>
      {isStaff && (
        <nav aria-label={t("areaNavigation")} className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm">
          <Link href="/staff" className="font-medium text-brand-700 hover:underline">
            {t("queueTitle")}
          </Link>
          {actor.role === "ADMINISTRATOR" && (
            <>
              <Link href="/staff/team" className="font-medium text-brand-700 hover:underline">
                {t("navTeam")}
              </Link>
              <Link href="/staff/rules" className="font-medium text-brand-700 hover:underline">
                {t("navRules")}
              </Link>
              <Link href="/staff/audit" className="font-medium text-brand-700 hover:underline">
                {t("navAudit")}
              </Link>
            </>
          )}
          <span className="ml-auto text-slate-600">
            {actor.email} · {t(`role.${actor.role as "MODERATOR"}`)} · {actor.jurisdictions.join(", ")}
          </span>
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
