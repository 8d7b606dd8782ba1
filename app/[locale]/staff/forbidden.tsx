import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// A staff page only administrators may open, asked for by a moderator: 403 and the way back to the queue.
export default async function StaffForbidden() {
  const t = await getTranslations("staff");
  return (
    <div className="space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("adminsOnlyTitle")}</h1>
      <p className="text-slate-700">{t("adminsOnly")}</p>
      <Link href="/staff" className="text-brand-700 underline">
        {t("backToQueue")}
      </Link>
    </div>
  );
}
