import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { StaffRole } from "@/lib/access/roles";
import type { StaffListMember } from "@/lib/moderation/list-staff";
import { StaffAccessForm } from "./staff-access-form";
import { StaffInvitationForms } from "./staff-invitation-forms";
import { StaffRoleForm } from "./staff-role-form";

// Times on the team page in the portal's zone for the UI language (lib/i18n/request.ts); the two countries'
// clocks differ by an hour, so the zone is always named.
const when = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** One colleague on the team page: who, their state (signed in, invited, disabled), and what can be changed. */
export async function StaffMemberCard({ member, self }: { member: StaffListMember; self: boolean }) {
  const [t, tt, format] = await Promise.all([getTranslations("staff"), getTranslations("staffTeam"), getFormatter()]);
  const name = member.name ?? member.email;
  const role = member.role as StaffRole;
  const { invitation } = member;
  return (
    <Panel as="article" padding="md" aria-labelledby={`member-${member.id}-name`} className="space-y-3">
      <header className="space-y-1">
        <h2 id={`member-${member.id}-name`} className="text-lg font-semibold break-words">
          {name} {self && <Badge tone="info">{tt("you")}</Badge>}
        </h2>
        <p className="text-sm break-all text-slate-700">{member.email}</p>
        <p className="flex flex-wrap gap-2 text-sm">
          <Badge>{t(`role.${role}`)}</Badge>
          {member.disabledAt && <Badge tone="danger">{t("disabled")}</Badge>}
        </p>
        <p className="text-sm text-slate-700">
          {invitation
            ? invitation.linkExpiresAt
              ? tt("invitedPending", { date: format.dateTime(invitation.linkExpiresAt, when) })
              : tt("invitedExpired")
            : member.lastSignInAt
              ? tt("lastSignIn", { date: format.dateTime(member.lastSignInAt, when) })
              : tt("neverSignedIn")}
        </p>
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        <StaffAccessForm
          member={{ id: member.id, name, jurisdictions: member.jurisdictions, disabled: Boolean(member.disabledAt) }}
          self={self}
        />
        {self ? (
          <p className="text-sm text-slate-700">{tt("ownRole")}</p>
        ) : (
          <StaffRoleForm member={{ id: member.id, name, role }} />
        )}
      </div>
      {invitation && <StaffInvitationForms member={{ id: member.id, name, email: member.email }} />}
    </Panel>
  );
}
