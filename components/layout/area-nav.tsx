import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { signOutAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";

/** The navigation bar of a signed-in area (employer, staff): links, who is signed in, sign out. */
export function AreaNav({
  label,
  links,
  who,
  signOut,
}: {
  label: string;
  links: { href: string; text: string }[];
  who: ReactNode;
  signOut: string;
}) {
  return (
    <nav
      aria-label={label}
      className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm"
    >
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="font-medium text-brand-700 hover:underline">
          {link.text}
        </Link>
      ))}
      <span className="ml-auto text-slate-600">{who}</span>
      <ActionForm action={signOutAction}>
        <button type="submit" className="text-brand-700 underline">
          {signOut}
        </button>
      </ActionForm>
    </nav>
  );
}
