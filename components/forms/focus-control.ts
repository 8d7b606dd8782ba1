/**
 * Which control a field's error sends focus to. A field is a control's `name`; a hidden input (what a custom
 * widget posts, like the occupation code) never takes focus: the widget's visible control names the field it
 * stands for with `data-field` (fieldAttribute).
 */
export const fieldAttribute = "data-field";
/** Marks a form's error summary (error-summary.tsx): focus goes there when an error concerns no field. */
export const errorSummaryAttribute = "data-error-summary";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The field a form element is a focusable control of, or null (hidden inputs, buttons, disabled controls). */
export function focusableControl(element: Element): { field: string; element: Control } | null {
  const isControl =
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement;
  if (!isControl || element.disabled) return null;
  if (element instanceof HTMLInputElement && element.type === "hidden") return null;
  const field = element.getAttribute(fieldAttribute) ?? element.name;
  return field ? { field, element } : null;
}

/** Moves focus to a control and shows its label with it (the label sits above the control). */
export function focusControl(control: HTMLElement) {
  control.focus({ preventScroll: true });
  const label =
    control instanceof HTMLInputElement ||
    control instanceof HTMLSelectElement ||
    control instanceof HTMLTextAreaElement
      ? control.labels?.[0]
      : undefined;
  (label && !label.contains(control) ? label : control).scrollIntoView({ block: "center" });
}
