"use client";

import { useId, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { controlClass } from "@/components/ui/field";
import { foldText } from "@/lib/i18n/fold";
import { Panel } from "@/components/ui/panel";

export type OccupationOption = { code: string; label: string; search: string };

/**
 * Type-ahead over the 436 ISCO-08 unit groups, in the user's language (Russian labels and codes match
 * too). The list comes with the page, so suggestions appear without a round trip on a slow connection.
 */
export function OccupationPicker({
  options,
  defaultCode,
  errors,
}: {
  options: OccupationOption[];
  defaultCode?: string;
  errors?: string[];
}) {
  const t = useTranslations("vacancyForm");
  const id = useId();
  const initial = options.find((o) => o.code === defaultCode);
  const [code, setCode] = useState(initial?.code ?? "");
  const [query, setQuery] = useState(initial ? `${initial.label} (${initial.code})` : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = foldText(query.trim());
    if (q.length < 2) return [];
    return options.filter((o) => o.search.includes(q) || o.code.startsWith(q)).slice(0, 12);
  }, [options, query]);

  const choose = (option: OccupationOption) => {
    setCode(option.code);
    setQuery(`${option.label} (${option.code})`);
    setOpen(false);
  };

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-slate-800">
        {t("occupation")}
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      </label>
      <input type="hidden" name="occupationCode" value={code} />
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        className={`${controlClass} ${errors?.length ? "border-red-600" : ""}`}
        value={query}
        placeholder={t("occupationPlaceholder")}
        onChange={(e) => {
          setQuery(e.target.value);
          setCode("");
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, matches.length - 1));
          else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (e.key === "Enter" && open && matches[active]) {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("occupationHint")}
      </p>
      {open && matches.length > 0 && (
        <Panel
          as="ul"
          tone="strong"
          padding="none"
          className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-auto shadow-lg"
          id={`${id}-list`}
          role="listbox"
        >
          {matches.map((option, index) => (
            <li
              key={option.code}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-brand-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              {option.label} <span className="text-slate-500">({option.code})</span>
            </li>
          ))}
        </Panel>
      )}
      {open && query.trim().length >= 2 && matches.length === 0 && (
        <p className="text-sm text-slate-600">{t("noMatches")}</p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
