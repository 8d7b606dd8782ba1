/** The ids of the "try on a text" controls, which a rule's "copy into the trial" button fills. */
export const ruleTrialIds = {
  text: "trial-text",
  edit: "trial-edit",
  ruleId: "trial-ruleId",
  pattern: "trial-pattern",
  unless: "trial-unless",
} as const;
