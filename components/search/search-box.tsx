"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";

type Props = { defaultValue?: string; label: string; placeholder: string };

/**
 * The query box. Without JavaScript it is a plain input of a GET form; with it, titles are suggested as
 * the seeker types (debounced, from /api/search/suggest), chosen with arrows/Enter or a tap.
 */
export function SearchBox({ defaultValue = "", label, placeholder }: Props) {
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = value.trim();
    if (q.length < 2 || q === defaultValue) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : []))
        .then((list: string[]) => {
          setSuggestions(list);
          setActive(-1);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, defaultValue]);

  // Too short a query (or the one already searched) shows no suggestions, whatever came back earlier.
  const shown = value.trim().length < 2 || value.trim() === defaultValue ? [] : suggestions;

  const choose = (text: string) => {
    setValue(text);
    setOpen(false);
    requestAnimationFrame(() => input.current?.form?.requestSubmit());
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
        value={value}
        placeholder={placeholder}
        maxLength={100}
        autoComplete="off"
        role="combobox"
        aria-expanded={open && shown.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        className={controlClass}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (!open || shown.length === 0) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, -1));
          } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            choose(shown[active]!);
          } else if (e.key === "Escape") setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && shown.length > 0 && (
        <Panel
          as="ul"
          tone="strong"
          padding="none"
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto shadow-lg"
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
        >
          {shown.map((text, index) => (
            <li
              key={text}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(text);
              }}
            >
              {text}
            </li>
          ))}
        </Panel>
      )}
    </div>
  );
}
