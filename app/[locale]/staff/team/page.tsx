import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffInviteForm } from "@/components/staff/staff-invite-form";
import { StaffMemberCard } from "@/components/staff/staff-member-card";
import { listStaff } from "@/lib/moderation/list-staff";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("teamTitle");

// GET /[locale]/staff/team – administrators add colleagues, set the countries and role each acts with, see
// who has signed in, and resend or revoke invitations nobody has used
export default async function TeamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "manage:staff:any");
  const [t, tt] = await Promise.all([getTranslations("staff"), getTranslations("staffTeam")]);
  const staff = await listStaff(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("teamTitle")}</h1>
      <p className="text-sm text-slate-700">{tt("lead")}</p>
      <ul className="space-y-3">
        {staff.map((member) => (
          <li key={member.id}>
            <StaffMemberCard member={member} self={member.id === actor.userId} />
          </li>
        ))}
      </ul>
      <StaffInviteForm />
    </div>
  );
}
