import type { NotificationKind, NotificationTopic } from "@/lib/generated/prisma/enums";

/** Which e-mail switch each event falls under (a member may turn a topic off; the owner never DECISIONS). */
export const topicOf: Record<NotificationKind, NotificationTopic> = {
  VACANCY_APPROVED: "DECISIONS",
  VACANCY_CHANGES_REQUESTED: "DECISIONS",
  VACANCY_REJECTED: "DECISIONS",
  REVISION_APPROVED: "DECISIONS",
  REVISION_REJECTED: "DECISIONS",
  ORGANIZATION_VERIFIED: "DECISIONS",
  ORGANIZATION_VERIFICATION_RESET: "DECISIONS",
  ORGANIZATION_BLOCKED: "DECISIONS",
  ORGANIZATION_UNBLOCKED: "DECISIONS",
  VACANCY_EXPIRING: "EXPIRY",
  VACANCY_EXPIRED: "EXPIRY",
  RESPONSE_RECEIVED: "RESPONSES",
  VACANCY_CLOSED_BY_MODERATOR: "DECISIONS",
};

export const notificationTopics = ["DECISIONS", "EXPIRY", "RESPONSES"] as const satisfies readonly NotificationTopic[];

/** Topics the owner cannot turn off: the decisions about the organisation and its vacancies. */
export const ownerAlwaysGets: readonly NotificationTopic[] = ["DECISIONS"];

/** Whether a member with these opt-outs and role gets an e-mail of this kind. */
export function wantsEmail(
  kind: NotificationKind,
  member: { role: "OWNER" | "MEMBER"; emailOptOuts: NotificationTopic[] },
) {
  const topic = topicOf[kind];
  if (member.role === "OWNER" && ownerAlwaysGets.includes(topic)) return true;
  return !member.emailOptOuts.includes(topic);
}

/**
 * What a notification's texts may use, captured when it happened. Titles and messages are kept as they
 * were (a later edit of the vacancy does not rewrite history).
 */
export type NotificationParams = {
  /** The vacancy's title (vacancy events) */
  title?: string;
  /** The moderator's message or reason, the block reason */
  message?: string;
  /** A rejection code's key (staff.rejection.*) */
  code?: string;
  /** The valid-through day, YYYY-MM-DD */
  date?: string;
  /** The form's sections a moderator's request concerns (VacancySection values) */
  sections?: string[];
  /** The responder's name */
  name?: string;
  /** The organisation's legal name */
  organization?: string;
};

/** Where a notification leads in the employer's area (without the locale prefix). */
export function notificationTarget(kind: NotificationKind, vacancyId: string | null): string {
  if (kind === "RESPONSE_RECEIVED" && vacancyId) return `/employer/vacancies/${vacancyId}/responses`;
  if (kind === "VACANCY_EXPIRING") return "/employer#status-PUBLISHED";
  if (kind === "VACANCY_EXPIRED") return "/employer#status-EXPIRED";
  if (kind === "ORGANIZATION_BLOCKED" || kind === "ORGANIZATION_UNBLOCKED") return "/employer";
  if (kind.startsWith("ORGANIZATION_")) return "/employer/organization";
  if (vacancyId) return `/employer/vacancies/${vacancyId}/edit`;
  return "/employer";
}
