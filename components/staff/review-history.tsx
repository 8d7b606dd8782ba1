import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { openReview } from "@/lib/moderation/open-review";
import { sectionLabel } from "@/lib/vacancies/sections";
import type { VacancySection } from "@/lib/generated/prisma/enums";

type Entry = Awaited<ReturnType<typeof openReview>>["history"][number];
type Facts = { rejectionCode?: string | null; rejectionReason?: string | null; requestSections?: string[] };

/** The vacancy's earlier submissions and decisions, newest first, with who decided and the message sent. */
export async function ReviewHistory({ entries }: { entries: Entry[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <Panel as="section" aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-2 font-semibold">
        {t("staff.earlierDecisions")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t("staff.noEarlierDecisions")}</p>
      ) : (
        <ol className="space-y-3 text-sm" data-testid="review-history">
          {entries.map((entry) => {
            const facts = (entry.after ?? {}) as Facts;
            return (
              <li key={String(entry.id)} className="border-l-2 border-slate-300 pl-3">
                <p className="font-medium">{t(`auditAction.${entry.action}` as "auditAction.vacancy.approved")}</p>
                <p className="text-xs text-slate-600">
                  <time dateTime={entry.at.toISOString()}>
                    {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  {entry.actorName && <> · {entry.actorName}</>}
                </p>
                {facts.rejectionCode && <p>{t(`staff.rejection.${facts.rejectionCode as "OTHER"}`)}</p>}
                {facts.rejectionReason && (
                  <p className="whitespace-pre-line text-slate-800">«{facts.rejectionReason}»</p>
                )}
                {facts.requestSections && facts.requestSections.length > 0 && (
                  <p className="text-slate-700">
                    {t("staff.requestedSections", {
                      sections: list.format(
                        facts.requestSections.map((section) =>
                          t(`vacancyForm.${sectionLabel[section as VacancySection]}`),
                        ),
                      ),
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
