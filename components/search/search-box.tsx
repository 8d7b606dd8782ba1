"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { controlClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";

type Suggestion = { title: string; language: string };
type Props = {
  defaultValue?: string;
  label: string;
  placeholder: string;
  /** "N suggestions" for N = 0…8, said to screen readers when the list changes. */
  countTexts: string[];
};

/**
 * The query box. Without JavaScript it is a plain input of a GET form; with it, an ARIA 1.2 combobox: titles
 * are suggested as the seeker types (debounced, from /api/search/suggest), ArrowDown/ArrowUp open the list and
 * move through it (announced through aria-activedescendant, focus stays in the box), Enter or a tap chooses,
 * Escape closes the list and keeps what was typed (a second Escape clears the box, as search boxes do).
 */
export function SearchBox({ defaultValue = "", label, placeholder, countTexts }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [value, setValue] = useState(defaultValue);
  const [fetched, setFetched] = useState<{ query: string; list: Suggestion[] }>({ query: "", list: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const query = value.trim();

  // Suggestions are fetched only while the list is wanted (typing, ArrowDown), not for the query on the page.
  useEffect(() => {
    if (!open || query.length < 2 || query === fetched.query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : []))
        .then((list: Suggestion[]) => {
          setFetched({ query, list });
          setActive(-1);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, fetched.query]);

  // The last list that came back stays up while the next one is on its way; too short a query shows none.
  const available = query.length >= 2 ? fetched.list : [];
  const shown = open ? available : [];
  const expanded = shown.length > 0;

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const choose = (suggestion: Suggestion) => {
    setValue(suggestion.title);
    setOpen(false);
    setActive(-1);
    requestAnimationFrame(() => input.current?.form?.requestSubmit());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = available.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const down = event.key === "ArrowDown";
      if (!open) {
        setOpen(true);
        setActive(count === 0 ? -1 : down ? 0 : count - 1);
      } else if (count > 0) {
        setActive((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
      }
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      choose(shown[active]!);
    } else if (event.key === "Escape" && open) {
      // A type=search input clears itself on Escape: only when the list is already closed.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="relative flex-1">
      <label htmlFor={`${id}-q`} className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        name="q"
        type="search"
        enterKeyHint="search"
        value={value}
        placeholder={placeholder}
        maxLength={100}
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        className={controlClass}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <Panel
        as="ul"
        tone="strong"
        padding="none"
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto py-1 shadow-lg"
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
      >
        {shown.map((suggestion, index) => (
          <li
            key={suggestion.title}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            lang={suggestion.language}
            className={`flex min-h-11 cursor-pointer items-center px-3 py-2 ${index === active ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
          >
            {suggestion.title}
          </li>
        ))}
      </Panel>
      <p role="status" className="sr-only">
        {expanded ? countTexts[shown.length] : ""}
      </p>
    </div>
  );
}
