"use client";

import { useTranslations } from "next-intl";
import { readError } from "@/lib/forms/field-errors";

/** The translated error(s) of one field, announced to screen readers with the field. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {translateErrors(t, errors)}
    </p>
  );
}

/** Error entries (keys, possibly with values: lib/forms/field-errors.ts) as one line of text. */
export function translateErrors(t: ReturnType<typeof useTranslations>, errors: string[]): string {
  return errors
    .map((entry) => {
      const { key, values } = readError(entry);
      return t(key as never, values as never);
    })
    .join(" ");
}
