import type { VacancySection } from "@/lib/generated/prisma/enums";

/** The vacancy form's sections (a moderator's request points at them) and their titles in vacancyForm.*. */
export const sectionLabel = {
  BASICS: "basics",
  PLACE: "place",
  PAY: "pay",
  TERMS: "terms",
  CONDITIONS: "conditions",
  CONTACTS: "contacts",
} as const satisfies Record<VacancySection, string>;

export const vacancySections = Object.keys(sectionLabel) as VacancySection[];
