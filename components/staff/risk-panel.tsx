import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { isModelReason, modelWords } from "@/lib/moderation/risk/model/model-marks";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";
import { riskPanelTone } from "./risk-level";

type Risk = { score: number; level: RiskLevel; reasons: RiskReason[] };

/** The red-flag score and its reasons, each with the words that triggered it. */
export async function RiskPanel({ risk }: { risk: Risk }) {
  const t = await getTranslations();
  return (
    <Panel as="section" tone={riskPanelTone(risk.level)} aria-labelledby="risk-heading" data-testid="risk">
      <h2 id="risk-heading" className="font-semibold">
        {t(`staff.risk.${risk.level}`)} · {t("staff.riskScore", { score: risk.score })}
      </h2>
      {risk.reasons.length === 0 ? (
        <p className="text-sm">{t("staff.noFlags")}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {risk.reasons.map((reason) =>
            isModelReason(reason) ? (
              <li key={reason.ruleId} data-testid="risk-model-reason">
                <span className="font-medium">{t("staffRiskModel.reason", { version: reason.version })}</span> (+
                {reason.weight})
                {modelWords(reason).length > 0 && (
                  <>
                    : {t("staffRiskModel.reasonWords")}{" "}
                    {modelWords(reason).map((word, i) => (
                      <span key={word}>
                        {i > 0 && ", "}«<mark className="rounded bg-red-100 px-0.5">{word}</mark>»
                      </span>
                    ))}
                  </>
                )}
              </li>
            ) : (
              <li key={reason.ruleId}>
                <span className="font-medium">{t(`staff.flag.${reason.category as "FEE"}`)}</span> (+{reason.weight})
                {reason.excerpt && (
                  <>
                    : «<mark className="rounded bg-red-100 px-0.5">{reason.excerpt}</mark>»
                  </>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </Panel>
  );
}
