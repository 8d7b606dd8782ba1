import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("not_found")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("goHome")}
      </Link>
    </div>
  );
}
