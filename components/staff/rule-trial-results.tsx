"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RuleTrial } from "@/lib/moderation/risk/try-risk-rules";
import { MarkedText } from "./marked-text";

/** What "try on a text" found: the sample with every match marked, then each rule with its matches. */
export function RuleTrialResults({
  trial,
  descriptions,
  categories,
}: {
  trial: RuleTrial;
  descriptions: Record<string, string>;
  categories: Record<string, string>;
}) {
  const t = useTranslations("staffRules");
  const fired = trial.rules.filter((rule) => rule.matches.length > 0);
  const spans = fired.flatMap((rule) => rule.matches.map((match) => ({ ...match, category: rule.category })));
  return (
    <div data-testid="trial-results" className="space-y-3">
      <div role="status" className="space-y-1">
        <p className="font-semibold">
          {fired.length ? t("trialMatchCount", { count: fired.length }) : t("trialNoMatch")}
        </p>
        <p data-testid="trial-score">
          {t("trialScore", { score: trial.assessment.score, level: trial.assessment.level })}
        </p>
        <p className="text-sm text-slate-700">
          {trial.assessment.model ? t("trialModel", trial.assessment.model) : t("trialNoModel")}
        </p>
      </div>
      {spans.length > 0 && (
        <figure className="space-y-1">
          <figcaption className="text-sm font-medium">{t("trialMarked")}</figcaption>
          <p className="rounded-md border border-slate-300 bg-white p-3 text-sm break-words whitespace-pre-wrap">
            <MarkedText text={trial.text} reasons={spans} labels={categories} />
          </p>
        </figure>
      )}
      <ul className="space-y-2">
        {trial.rules.map((rule) => (
          <li key={rule.ruleId} className="rounded-md border border-slate-300 bg-white p-3 text-sm">
            <p className="font-medium">
              {rule.kind === "concept" ? t("trialConceptRule") : (descriptions[rule.ruleId] ?? rule.ruleId)}
            </p>
            <p className="mt-1 flex flex-wrap gap-2">
              <Badge>{categories[rule.category] ?? rule.category}</Badge>
              {rule.edited && <Badge tone="info">{t("trialEdited")}</Badge>}
              {!rule.enabled && <Badge tone="warning">{t("trialOff")}</Badge>}
            </p>
            {rule.matches.length === 0 ? (
              <p className="mt-1">{t("trialEditedNoMatch")}</p>
            ) : (
              <p className="mt-1 break-words">
                {t("trialFound")}{" "}
                {rule.matches.map((match, index) => (
                  <span key={match.start}>
                    {index > 0 && ", "}
                    <mark className="rounded bg-red-100 px-0.5 text-red-950">{match.excerpt}</mark>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
