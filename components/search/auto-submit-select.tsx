"use client";

import type { SelectHTMLAttributes } from "react";

/** A select that submits its form when changed (with JavaScript); the form's button does it without. */
export function AutoSubmitSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} onChange={(e) => e.currentTarget.form?.requestSubmit()} />;
}
