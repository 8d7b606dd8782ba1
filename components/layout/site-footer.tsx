import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-slate-600">
        <p>{t("about")}</p>
        <p className="font-medium text-slate-800">{t("safety")}</p>
        <p>{t("hotline")}</p>
        <p>
          <Link href="/developers" className="text-brand-700 underline">
            {t("openData")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
