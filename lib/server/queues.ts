// The job queue's named queues. Each handler is idempotent: a job may run more than once.
export const queues = {
  /** Deliver one outbox mail through SMTP. data: { messageId } */
  deliverMail: "mail-deliver",
  /** Every minute: re-queue outbox mail that is still unsent (missed pokes, failed attempts). */
  sweepMail: "mail-sweep",
  /** Every 10 minutes: published vacancies past their valid-through date become expired. */
  expireVacancies: "vacancies-expire",
  /** Hourly: tell employers about public vacancies that end within 3 days (once per vacancy and end date). */
  notifyExpiring: "vacancies-expiring-notify",
  /** Apply the search outbox to Meilisearch (sent after each change; retried with back-off). */
  syncSearch: "search-sync",
  /** Every minute: the same, for changes whose request was lost or failed. */
  sweepSearch: "search-sweep",
  /** Hourly: delete rate-limit counters whose window ended, and sign-in sessions over for a day. */
  pruneRateLimits: "rate-limits-prune",
  /** Hourly: delete page-expiry rows every web server has read (a day old). */
  prunePageExpiries: "page-expiries-prune",
  /** Daily: delete seekers' responses 180 days after their vacancy ended (the consent text promises it). */
  pruneResponses: "responses-prune",
  /** Job alerts mailed as soon as possible: after each publication, and every 5 minutes for missed requests. */
  sendImmediateAlerts: "alerts-immediate",
  /** Daily at 06:00 in Bishkek and Almaty (01:00 UTC): the daily job-alert digests. */
  sendDailyAlerts: "alerts-daily",
  /** Daily: delete alert addresses 30 days after their last subscription ended, and expired confirmations. */
  pruneAlerts: "alerts-prune",
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];
