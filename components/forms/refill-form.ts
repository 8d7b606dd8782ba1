// After a server action answers with errors: put back what was typed (React resets a form after its
// action) and mark the fields with an error as invalid, so nothing typed is lost and each error is tied
// to its field.

type NamedControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The form's named inputs, text areas and selects (what it posts). */
function namedControls(form: HTMLFormElement): NamedControl[] {
  return Array.from(form.elements).filter(
    (element): element is NamedControl =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement) &&
      Boolean(element.name),
  );
}

export function refill(form: HTMLFormElement, values: Record<string, unknown>) {
  for (const element of namedControls(form)) {
    if (element instanceof HTMLInputElement && element.type === "hidden") continue;
    const value = values[element.name];
    const typed = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio"))
      element.checked = typed.includes(element.value);
    else if (typed.length > 0) element.value = typed[0]!;
  }
}

/** Fields with an error are announced as invalid (and styled so); the others are cleared. */
export function markInvalid(form: HTMLFormElement, errors: Record<string, string[]>) {
  for (const element of namedControls(form)) {
    if (errors[element.name]) element.setAttribute("aria-invalid", "true");
    else element.removeAttribute("aria-invalid");
  }
}
