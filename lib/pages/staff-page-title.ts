import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type StaffTitle =
  | "queueTitle"
  | "rulesTitle"
  | "riskModelTitle"
  | "ratesTitle"
  | "teamTitle"
  | "auditTitle"
  | "reviewTitle"
  | "signInTitle"
  | "employersTitle"
  | "employerTitle"
  | "reportsTitle"
  | "reportCaseTitle"
  | "dashboardTitle"
  | "alertsTitle";

/** `export const generateMetadata = staffPageTitle("rulesTitle")`: each back-office page names itself in the tab. */
export function staffPageTitle(key: StaffTitle) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const t = await getTranslations({ locale: (await params).locale, namespace: "staff" });
    return { title: t(key) };
  };
}
