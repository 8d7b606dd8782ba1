import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { marketMedian } from "./market-median";
import { activeRiskModel } from "./model/active-risk-model";
import { combineRisk } from "./model/combine-risk";
import { modelText } from "./model/features";
import { predictRisk } from "./model/predict";
import { scoreVacancy, type RiskResult } from "./score-vacancy";
import { riskThresholds } from "./shipped-rules";

type Client = Pick<Prisma.TransactionClient, "riskRule" | "organization" | "riskModelVersion" | "$queryRaw">;

export type AssessableVacancy = {
  organizationId: string;
  title: string;
  description?: string | null;
  occupationCode?: string | null;
  countryCode: string;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency: string;
  salaryPeriod?: string | null;
  experience?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  contactTelegram?: string | null;
  contactWhatsapp?: string | null;
};

/**
 * Scores a submitted vacancy with the rules in force (the RiskRule table) and the base's pay statistics,
 * combined with the learned model's version in force, if an administrator switched one on.
 */
export async function assessVacancy(client: Client, vacancy: AssessableVacancy): Promise<RiskResult> {
  const [rulesResult, model] = await Promise.all([assessByRules(client, vacancy), activeRiskModel(client)]);
  if (!model) return rulesResult;
  const prediction = predictRisk(model, modelText(vacancy.title, vacancy.description));
  return combineRisk(
    rulesResult,
    { ...prediction, version: model.version, titleLength: vacancy.title.length, scale: model.scale },
    riskThresholds,
  );
}

async function assessByRules(client: Client, vacancy: AssessableVacancy): Promise<RiskResult> {
  const [rules, organization, median] = await Promise.all([
    client.riskRule.findMany({ where: { enabled: true } }),
    client.organization.findUniqueOrThrow({
      where: { id: vacancy.organizationId },
      select: { kind: true, agencyLicense: true, verificationState: true },
    }),
    marketMedian(client, vacancy.occupationCode, vacancy.countryCode, vacancy.salaryCurrency),
  ]);
  return scoreVacancy(
    {
      title: vacancy.title,
      description: vacancy.description ?? "",
      contacts: {
        phone: vacancy.contactPhone,
        email: vacancy.contactEmail,
        telegram: vacancy.contactTelegram,
        whatsapp: vacancy.contactWhatsapp,
      },
      salary: { min: vacancy.salaryMin, max: vacancy.salaryMax, period: vacancy.salaryPeriod },
      experience: vacancy.experience,
      occupationCode: vacancy.occupationCode,
      organization: {
        kind: organization.kind,
        agencyLicense: organization.agencyLicense,
        verified: organization.verificationState === "VERIFIED",
      },
      marketMedianMonthly: median,
    },
    rules,
    riskThresholds,
  );
}
