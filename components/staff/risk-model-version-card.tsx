import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { RiskModelVersionView } from "@/lib/moderation/risk/model/list-risk-model-versions";
import { RiskModelActivateForm } from "./risk-model-forms";

const parts = ["all", "ru", "ky", "kk"] as const;
const figureColumns = [
  "columnModelPrecision",
  "columnModelRecall",
  "columnCombinedPrecision",
  "columnCombinedRecall",
] as const;

/** One trained version: what it learned from, its held-out precision and recall, and the switch to it. */
export async function RiskModelVersionCard({ version: v }: { version: RiskModelVersionView }) {
  const [t, format] = await Promise.all([getTranslations("staffRiskModel"), getFormatter()]);
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 1 });
  const headingId = `risk-model-${v.id}`;
  const { kfold } = v.metrics;
  return (
    <Panel as="section" tone={v.active ? "success" : "plain"} aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {t("version", { version: v.version })}
        {v.active && <Badge tone="success">{t("active")}</Badge>}
      </h2>
      <p className="text-sm text-slate-700">
        {t("trainedAt", { date: v.createdAt })}
        {v.activatedAt && v.active ? ` · ${t("activatedAt", { date: v.activatedAt })}` : ""}
      </p>
      <p className="text-sm">{t("trainedOn", v.trainedOn)}</p>
      <p id={`${headingId}-heldout`} className="text-sm font-medium">
        {t("heldoutCaption")}
      </p>
      {/* Named by the paragraph above, so a narrow screen scrolls the figures, not their title */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a keyboard must be able to scroll it (WCAG 2.1.1) */}
      <div className="overflow-x-auto" role="region" aria-labelledby={`${headingId}-heldout`} tabIndex={0}>
        <table className="w-full text-sm" aria-labelledby={`${headingId}-heldout`}>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">
                {t("columnPart")}
              </th>
              {figureColumns.map((column) => (
                <th key={column} scope="col" className="pr-3 text-right last:pr-0">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => {
              const [model, combined] = [v.metrics.heldout.model[part], v.metrics.heldout.combined[part]];
              return (
                <tr key={part} className="border-t border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {t("part", { part, count: model.n })}
                  </th>
                  {[model.precision, model.recall, combined.precision, combined.recall].map((figure, index) => (
                    <td key={figureColumns[index]} className="pr-3 text-right last:pr-0">
                      {percent(figure)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-700">
        {t("kfold", {
          k: kfold.k,
          precision: percent(kfold.precision.mean),
          precisionSd: percent(kfold.precision.sd),
          recall: percent(kfold.recall.mean),
          recallSd: percent(kfold.recall.sd),
        })}
      </p>
      {!v.active && <RiskModelActivateForm id={v.id} version={v.version} />}
    </Panel>
  );
}
