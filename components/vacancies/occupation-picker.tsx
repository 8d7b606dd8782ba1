"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { FieldLabel } from "@/components/forms/field-label";
import { controlClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";

export type OccupationOption = { code: string; label: string };

type Suggestion = { code: string; label: string };

/** The field the picker posts (a hidden input); its text box stands in for it when an error sends focus. */
const field = "occupationCode";

/**
 * Type-ahead over the 436 ISCO-08 unit groups, labelled in the user's language. Matching is search's own
 * (/api/occupations: word forms, everyday names in four languages), so "водитель" or "тігінші" find their
 * group first; a 4-digit code typed lists that group.
 *
 * An ARIA 1.2 combobox: the text box keeps focus, ArrowDown/ArrowUp open the list and move through it (the
 * active option is announced through aria-activedescendant), Enter or a tap chooses (Enter with no option
 * active takes the first), Escape closes the list and keeps what was typed.
 */
export function OccupationPicker({
  id,
  options,
  defaultCode,
  errors,
  required,
}: {
  /** The text box's id (the error summary links to it). */
  id?: string;
  options: OccupationOption[];
  defaultCode?: string;
  errors?: string[];
  required?: boolean;
}) {
  const t = useTranslations("vacancyForm");
  const locale = useLocale();
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const labelId = `${inputId}-label`;
  const listId = `${inputId}-list`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const optionId = (code: string) => `${inputId}-option-${code}`;
  const initial = options.find((o) => o.code === defaultCode);
  const [code, setCode] = useState(initial?.code ?? "");
  const [query, setQuery] = useState(initial ? `${initial.label} (${initial.code})` : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Leaving the box closes the list a moment later (a tap on an option lands first); coming back cancels that.
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [suggestions, setSuggestions] = useState<{ for: string; list: Suggestion[] }>({ for: "", list: [] });
  const typed = query.trim();
  const isCode = /^\d{1,4}$/.test(typed);
  const matches: Suggestion[] = isCode
    ? options.filter((o) => o.code.startsWith(typed)).slice(0, 12)
    : suggestions.for === typed
      ? suggestions.list
      : [];
  const expanded = open && matches.length > 0;
  const activeOption = expanded && active >= 0 ? matches[active] : undefined;
  const nothingFound = open && typed.length >= 2 && !code && !expanded && (isCode || suggestions.for === typed);

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

  // The active option stays in view in a list that scrolls.
  const activeId = activeOption ? optionId(activeOption.code) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const choose = (option: Suggestion) => {
    setCode(option.code);
    setQuery(`${option.label} (${option.code})`);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const down = event.key === "ArrowDown";
      if (!expanded) {
        setOpen(true);
        setActive(count === 0 ? -1 : down ? 0 : count - 1);
      } else {
        setActive((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
      }
    } else if (event.key === "Enter" && expanded) {
      // Never sends the form from here: Enter in the list chooses.
      event.preventDefault();
      choose(activeOption ?? matches[0]!);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <FieldLabel htmlFor={inputId} id={labelId} required={required}>
        {t("occupation")}
      </FieldLabel>
      <input type="hidden" name={field} value={code} />
      {/* The list opens right under the box, over the hint. */}
      <div className="relative">
        <input
          id={inputId}
          data-field={field} // focus-control.ts: errors of the hidden input send focus here
          role="combobox"
          required={required}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${hintId} ${errorId}` : hintId}
          autoComplete="off"
          className={`${controlClass} ${errors?.length ? "border-red-600" : ""}`}
          value={query}
          placeholder={t("occupationPlaceholder")}
          onChange={(e) => {
            clearTimeout(closing.current);
            setQuery(e.target.value);
            setCode("");
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => clearTimeout(closing.current)}
          onBlur={() => {
            closing.current = setTimeout(() => setOpen(false), 150);
          }}
        />
        <Panel
          as="ul"
          tone="strong"
          padding="none"
          className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-auto py-1 shadow-lg"
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          hidden={!expanded}
        >
          {expanded &&
            matches.map((option, index) => (
              <li
                key={option.code}
                id={optionId(option.code)}
                role="option"
                aria-selected={index === active}
                className={`flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm ${index === active ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(option);
                }}
              >
                <span>
                  {option.label}{" "}
                  <span className={index === active ? "text-white" : "text-slate-600"}>({option.code})</span>
                </span>
              </li>
            ))}
        </Panel>
      </div>
      <p id={hintId} className="text-xs text-slate-600">
        {t("occupationHint")}
      </p>
      <p role="status" className="text-sm text-slate-600 empty:hidden">
        {nothingFound ? t("noMatches") : ""}
      </p>
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
