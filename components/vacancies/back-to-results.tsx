"use client";

import { useSearchParams } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { backToSearchHref, fromParameter } from "@/lib/search/back-to-search";

const linkClass = "inline-flex min-h-11 items-center text-sm text-brand-700 underline";

type Labels = { toResults: string; toAll: string };

/** "Back to results": the search the seeker came from (carried in `from`), or all vacancies. */
export function BackToResults({ labels }: { labels: Labels }) {
  const searchParams = useSearchParams();
  const fromSearch = searchParams.has(fromParameter);
  return (
    <Link href={backToSearchHref(searchParams)} className={linkClass}>
      ← {fromSearch ? labels.toResults : labels.toAll}
    </Link>
  );
}

/** What the server renders (the page is cached for everyone and cannot read its query string). */
export function BackToAllVacancies({ labels }: { labels: Labels }) {
  return (
    <Link href="/vacancies" className={linkClass}>
      ← {labels.toAll}
    </Link>
  );
}
