"use client";

import { useSyncExternalStore } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ruleTrialIds } from "./rule-trial-ids";

const subscribe = () => () => {};

/**
 * Puts a rule's pattern as edited on the page into "try on a text" and moves there, so a change can be tried
 * before it is saved. Needs JavaScript (shown only with it); without, the trial form's own fields do the same.
 */
export function CopyToTrialButton({
  ruleId,
  patternId,
  unlessId,
  label,
}: {
  ruleId: string;
  patternId: string;
  unlessId: string;
  label: string;
}) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      onClick={() => {
        const value = (id: string) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? "";
        const set = (id: string, text: string) => {
          const control = document.getElementById(id) as HTMLTextAreaElement | HTMLSelectElement | null;
          if (control) control.value = text;
        };
        set(ruleTrialIds.ruleId, ruleId);
        set(ruleTrialIds.pattern, value(patternId));
        set(ruleTrialIds.unless, value(unlessId));
        (document.getElementById(ruleTrialIds.edit) as HTMLDetailsElement | null)?.setAttribute("open", "");
        const text = document.getElementById(ruleTrialIds.text);
        text?.scrollIntoView({ block: "center" });
        text?.focus({ preventScroll: true });
      }}
    >
      {label}
    </button>
  );
}
