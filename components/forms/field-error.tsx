"use client";

import { useTranslations } from "next-intl";

/** The translated error(s) of one field, announced to screen readers with the field. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.map((key) => t(key as never)).join(" ")}
    </p>
  );
}
