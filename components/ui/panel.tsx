import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";

// The one card/panel of the portal: a white box with a border, in a few tones. Pages compose these
// instead of repeating class strings, so a change of look is one edit.
const tones = {
  plain: "border-slate-200 bg-white",
  strong: "border-slate-300 bg-white",
  empty: "border-dashed border-slate-300 bg-white text-center",
  info: "border-brand-100 bg-brand-50",
  warning: "border-amber-300 bg-amber-50",
  danger: "border-red-300 bg-red-50 text-red-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
} as const;
const paddings = { none: "", sm: "p-3", md: "p-4", lg: "p-5", xl: "p-6" } as const;

export type PanelTone = keyof typeof tones;
export type PanelPadding = keyof typeof paddings;

/** The panel's classes, for an element that cannot be a Panel itself (a client component's own <form>). */
export const panelClass = (tone: PanelTone = "plain", padding: PanelPadding = "md") =>
  `rounded-lg border ${tones[tone]} ${paddings[padding]}`.trim();

type Props<T extends ElementType> = {
  as?: T;
  tone?: PanelTone;
  padding?: PanelPadding;
  className?: string;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<T>, "className" | "children">;

export function Panel<T extends ElementType = "div">({
  as,
  tone = "plain",
  padding = "md",
  className = "",
  children,
  ...rest
}: Props<T>) {
  const Element: ElementType = as ?? "div";
  return (
    <Element className={`${panelClass(tone, padding)} ${className}`.trim()} {...rest}>
      {children}
    </Element>
  );
}
