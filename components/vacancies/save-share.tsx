"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/field";
import { isSaved, subscribeToSaved, toggleSaved } from "@/lib/vacancies/saved-vacancies";

const small = `${secondaryButtonClass} min-h-11 px-3 py-2 text-sm`;

/**
 * Save the vacancy on this device (no account), share it through the phone's share sheet (WhatsApp and
 * Telegram links where there is none), print it.
 */
export function SaveShare({ vacancy, url }: { vacancy: { id: string; title: string }; url: string }) {
  const t = useTranslations("share");
  const saved = useSyncExternalStore(
    subscribeToSaved,
    () => isSaved(vacancy.id),
    () => false,
  );
  const canShare = useSyncExternalStore(
    () => () => {},
    () => typeof navigator.share === "function",
    () => false,
  );
  const text = `${vacancy.title} — ${url}`;
  return (
    <div className="flex flex-wrap gap-2 print:hidden" data-testid="save-share">
      <button type="button" className={small} aria-pressed={saved} onClick={() => toggleSaved(vacancy)}>
        {saved ? `★ ${t("saved")}` : `☆ ${t("save")}`}
      </button>
      {canShare ? (
        <button
          type="button"
          className={small}
          onClick={() => navigator.share({ title: vacancy.title, url }).catch(() => undefined)}
        >
          {t("share")}
        </button>
      ) : (
        <>
          <a className={small} href={`https://wa.me/?text=${encodeURIComponent(text)}`} rel="noopener">
            {t("shareVia", { app: "WhatsApp" })}
          </a>
          <a
            className={small}
            href={`https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(vacancy.title)}`}
            rel="noopener"
          >
            {t("shareVia", { app: "Telegram" })}
          </a>
        </>
      )}
      <button type="button" className={small} onClick={() => window.print()}>
        {t("print")}
      </button>
    </div>
  );
}
