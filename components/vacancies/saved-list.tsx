"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import { savedVacancies, subscribeToSaved, toggleSaved } from "@/lib/vacancies/saved-vacancies";

const none: never[] = [];

/** The vacancies saved on this device, newest first, each with a way to remove it. */
export function SavedList() {
  const t = useTranslations("share");
  const list = useSyncExternalStore(subscribeToSaved, savedVacancies, () => none);
  if (list.length === 0) return <p className="text-slate-700">{t("savedEmpty")}</p>;
  return (
    <ul className="space-y-2" data-testid="saved-list">
      {list.map((vacancy) => (
        <Panel as="li" key={vacancy.id} padding="sm" className="flex flex-wrap items-center justify-between gap-2">
          <Link href={`/vacancies/${vacancy.id}`} className="font-semibold text-brand-700 underline">
            {vacancy.title}
          </Link>
          <button
            type="button"
            className="min-h-11 px-2 text-sm text-slate-700 underline"
            onClick={() => toggleSaved(vacancy)}
          >
            {t("remove")}
          </button>
        </Panel>
      ))}
    </ul>
  );
}
