"use client";

import type { ComponentPropsWithoutRef, FormEvent } from "react";

type Props = Omit<ComponentPropsWithoutRef<"form">, "method" | "onSubmit">;

/**
 * A GET form (search, filters, sort) whose URL carries no empty parameters: on submit, fields left empty (and
 * fields marked `data-only-with="other"` whose other field is empty, like a currency without an amount) stay
 * out of the URL. Without JavaScript it is a plain GET form, and the search page redirects to the clean URL.
 */
export function GetForm(props: Props) {
  return <form {...props} method="get" onSubmit={goToCleanUrl} />;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function goToCleanUrl(event: FormEvent<HTMLFormElement>) {
  const form = event.currentTarget;
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  let data: FormData;
  try {
    data = new FormData(form, submitter);
  } catch {
    data = new FormData(form); // browsers from before FormData took a submitter
  }
  const filled = (name: string) => String(data.get(name) ?? "").trim() !== "";
  const params = new URLSearchParams();
  for (const [name, value] of data) {
    if (typeof value !== "string" || value.trim() === "") continue;
    const control = form.elements.namedItem(name) as Control | RadioNodeList | null;
    const needs = control instanceof Element ? control.dataset.onlyWith : undefined;
    if (needs && !filled(needs)) continue;
    params.append(name, value);
  }
  event.preventDefault();
  const url = new URL(form.action);
  url.search = params.toString();
  window.location.assign(url.toString());
}
