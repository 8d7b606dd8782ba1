"use client";

// Unexpected errors: details are logged on the server (Next logs them with the digest); the visitor sees a
// short message in their language.
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="space-y-3 py-10 text-center" role="alert">
      <p className="text-slate-800">{t("unexpected")}</p>
      <button type="button" onClick={reset} className="text-brand-700 underline">
        {t("tryAgain")}
      </button>
    </div>
  );
}
