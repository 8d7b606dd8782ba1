import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Salary } from "@/components/vacancies/salary";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { Link } from "@/lib/i18n/navigation";
import type { Rate } from "@/lib/money/convert";
import type { placeNames } from "@/lib/reference/place-names";
import { placeLabel } from "@/lib/reference/place-label";
import type { Segment } from "@/lib/search/highlight";
import type { SearchHit } from "@/lib/search/port";
import { Panel } from "@/components/ui/panel";

type Props = {
  hit: SearchHit;
  /** Where the card leads: the vacancy, with the search it was found by (lib/search/back-link.ts). */
  href: string;
  title: Segment[];
  /** The passage of the description that matched, when the title alone does not show why it was found. */
  snippet?: Segment[];
  rate: Rate | null;
  places: Awaited<ReturnType<typeof placeNames>>;
  now: number;
};

/**
 * One search result: highlighted title, employer and trust signals, place, pay in both currencies, age. The
 * whole card is the title's link (its ::after covers the card): one Tab stop, one name (the title) for
 * screen readers, and a big tap target. components/search/result-list.tsx keeps the text selectable.
 */
export async function ResultCard({ hit, href, title, snippet, rate, places, now }: Props) {
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const place = placeLabel(hit, places, locale);
  return (
    <Panel as="article" className="relative shadow-sm hover:border-brand-600" data-testid="search-result">
      <h3 className="text-lg font-semibold leading-snug" lang={hit.language}>
        <Link
          href={href}
          data-card-link
          className="text-brand-700 after:absolute after:inset-0 after:rounded-lg hover:underline"
        >
          <Highlighted segments={title} />
        </Link>
      </h3>
      <div data-card-text>
        {snippet && (
          <p className="mt-1 text-sm text-slate-700" lang={hit.language} data-testid="search-snippet">
            <Highlighted segments={snippet} />
          </p>
        )}
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <span>{hit.organizationName}</span>
          <VerificationBadge state={hit.verified ? "VERIFIED" : "UNVERIFIED"} explained />
          {hit.organizationKind === "RECRUITMENT_AGENCY" && (
            <Badge tone="warning">{t("organizationKind.RECRUITMENT_AGENCY")}</Badge>
          )}
        </p>
        <div className="mt-2">
          <Salary
            min={hit.salaryMin}
            max={hit.salaryMax}
            currency={hit.salaryCurrency}
            period={hit.salaryPeriod}
            rate={rate}
          />
        </div>
        <p className="mt-2 text-sm text-slate-700">
          {t(`country.${hit.countryCode}`)} · {place}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone="info">{t(`employmentType.${hit.employmentType as "FULL_TIME"}`)}</Badge>
          {hit.housingProvided && <Badge>{t("list.housing")}</Badge>}
          {hit.openToOtherCountry && <Badge>{t("list.openToOther")}</Badge>}
        </div>
        <p className="mt-2 text-xs text-slate-600">
          <time dateTime={hit.publishedAt.toISOString()}>
            {t("search.posted", { age: format.relativeTime(hit.publishedAt, now) })}
          </time>
        </p>
      </div>
    </Panel>
  );
}

/** Text with the words that matched the query marked. */
function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded bg-amber-100 px-0.5 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
