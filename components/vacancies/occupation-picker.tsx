"use client";

import { useEffect, useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { controlClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";

export type OccupationOption = { code: string; label: string };

type Suggestion = { code: string; label: string };

/**
 * Type-ahead over the 436 ISCO-08 unit groups, labelled in the user's language. Matching is search's own
 * (/api/occupations: word forms, everyday names in four languages), so "водитель" or "тігінші" find their
 * group first; a 4-digit code typed is taken as it is.
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
  const locale = useLocale();
  const id = useId();
  const initial = options.find((o) => o.code === defaultCode);
  const [code, setCode] = useState(initial?.code ?? "");
  const [query, setQuery] = useState(initial ? `${initial.label} (${initial.code})` : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [suggestions, setSuggestions] = useState<{ for: string; list: Suggestion[] }>({ for: "", list: [] });
  const typed = query.trim();
  const isCode = /^\d{1,4}$/.test(typed);
  const matches: Suggestion[] = isCode
    ? options.filter((o) => o.code.startsWith(typed)).slice(0, 12)
    : suggestions.for === typed
      ? suggestions.list
      : [];

  useEffect(() => {
    if (typed.length < 2 || isCode || code) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/occupations?${new URLSearchParams({ q: typed, locale })}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : []))
        .then((list: Suggestion[]) => setSuggestions({ for: typed, list }))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed, locale, isCode, code]);

  const choose = (option: Suggestion) => {
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
      {open && typed.length >= 2 && !code && suggestions.for === typed && matches.length === 0 && (
        <p className="text-sm text-slate-600">{t("noMatches")}</p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
