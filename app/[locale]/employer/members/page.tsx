import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SimpleForm } from "@/components/accounts/simple-form";
import { ConfirmButton } from "@/components/forms/confirm-button";
import {
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "@/lib/organizations/actions";
import { listMembers } from "@/lib/organizations/list-members";
import { requireEmployerPage } from "@/lib/access/pages";
import { Panel } from "@/components/ui/panel";

export const dynamic = "force-dynamic";

// GET /[locale]/employer/members – who works in this organisation's account; owners invite colleagues
export default async function MembersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const [t, format, { organization, canInvite }] = await Promise.all([
    getTranslations("employer"),
    getFormatter(),
    listMembers(actor),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("membersTitle", { organization: organization.legalName })}</h1>
      <Panel as="ul" padding="none" className="divide-y divide-slate-200">
        {organization.members.map((member) => {
          const self = member.user.id === actor.userId;
          const name = member.user.name ?? member.user.email;
          return (
            <li key={member.id} className="space-y-2 p-3" data-testid="member">
              <div className="flex flex-wrap justify-between gap-2">
                <span>
                  {member.user.name} · {member.user.email}
                  {self && <span className="text-slate-600"> ({t("team.you")})</span>}
                </span>
                <span className="text-sm text-slate-600">{t(member.role === "OWNER" ? "owner" : "member")}</span>
              </div>
              {canInvite && member.role === "MEMBER" && (
                <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
                  {member.user.emailVerified && (
                    <ActionForm action={transferOwnershipAction}>
                      <input type="hidden" name="membershipId" value={member.id} />
                      <ConfirmButton
                        question={t("team.transferConfirm", { name })}
                        className="text-brand-700 underline"
                      >
                        {t("team.transfer")}
                        <span className="sr-only">: {name}</span>
                      </ConfirmButton>
                    </ActionForm>
                  )}
                  <ActionForm action={removeMemberAction}>
                    <input type="hidden" name="membershipId" value={member.id} />
                    <ConfirmButton question={t("team.removeConfirm", { name })} className="text-red-700 underline">
                      {t("team.remove")}
                      <span className="sr-only">: {name}</span>
                    </ConfirmButton>
                  </ActionForm>
                </div>
              )}
            </li>
          );
        })}
      </Panel>
      {organization.invitations.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("pendingInvitations")}</h2>
          <Panel as="ul" padding="none" className="divide-y divide-slate-200">
            {organization.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  {invitation.email} ·{" "}
                  {t("invitationExpires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
                </span>
                {canInvite && (
                  <ActionForm action={revokeInvitationAction}>
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="text-sm text-brand-700 underline">
                      {t("revoke")}
                    </button>
                  </ActionForm>
                )}
              </li>
            ))}
          </Panel>
        </section>
      )}
      {canInvite ? (
        <Panel as="section" className="space-y-2">
          <h2 className="text-lg font-semibold">{t("inviteTitle")}</h2>
          <p className="text-sm text-slate-600">{t("inviteLead")}</p>
          <SimpleForm
            action={inviteMemberAction}
            schema="inviteMember"
            fields={[{ name: "email", label: t("inviteEmail"), type: "email", autoComplete: "off" }]}
            submitLabel={t("inviteButton")}
            successMessage={t("invited")}
          />
        </Panel>
      ) : (
        <p className="text-sm text-slate-600">{t("team.onlyOwner")}</p>
      )}
    </div>
  );
}
