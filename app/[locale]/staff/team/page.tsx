import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { buttonClass, controlClass, secondaryButtonClass } from "@/components/ui/field";
import { staffMemberAction } from "@/lib/moderation/actions";
import { listStaff } from "@/lib/moderation/list-staff";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { staffRoles, type StaffRole } from "@/lib/access/roles";
import { SelectField } from "@/components/forms/select-field";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";
const countries = ["KG", "KZ"] as const;

export const generateMetadata = staffPageTitle("teamTitle");

// GET /[locale]/staff/team – administrators add colleagues and set the countries each acts for
export default async function TeamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "manage:staff:any");
  const [t, tc] = await Promise.all([getTranslations("staff"), getTranslations("country")]);
  const staff = await listStaff(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("teamTitle")}</h1>
      <ul className="space-y-2">
        {staff.map((member) => (
          <li key={member.id}>
            <ActionForm
              action={staffMemberAction}
              panel="sm"
              className="flex flex-wrap items-center gap-3"
              label={member.email}
            >
              <input type="hidden" name="userId" value={member.id} />
              <span className="min-w-48">
                {member.name} · {member.email} · {t(`role.${member.role as StaffRole}`)}
              </span>
              {countries.map((country) => (
                <label key={country} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    name="jurisdictions"
                    value={country}
                    defaultChecked={member.jurisdictions.includes(country)}
                    className="h-5 w-5"
                  />{" "}
                  {tc(country)}
                </label>
              ))}
              <label className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  name="disabled"
                  defaultChecked={Boolean(member.disabledAt)}
                  className="h-5 w-5"
                />{" "}
                {t("disabled")}
              </label>
              <button type="submit" name="operation" value="update" className={secondaryButtonClass}>
                {t("ruleSave")}
              </button>
            </ActionForm>
          </li>
        ))}
      </ul>
      <ActionForm action={staffMemberAction} panel="md" className="grid gap-3 sm:grid-cols-2" label={t("addColleague")}>
        <h2 className="font-semibold sm:col-span-2">{t("addColleague")}</h2>
        <label className="flex flex-col text-sm">
          {t("colleagueName")}
          <input name="name" required className={controlClass} />
        </label>
        <label className="flex flex-col text-sm">
          {t("colleagueEmail")}
          <input name="email" type="email" required className={controlClass} />
        </label>
        <SelectField
          name="role"
          label={t("colleagueRole")}
          options={staffRoles.map((role) => [role, t(`role.${role}`)] as const)}
        />
        <fieldset className="flex items-end gap-3 text-sm">
          <legend>{t("colleagueCountries")}</legend>
          {countries.map((country) => (
            <label key={country} className="flex items-center gap-1">
              <input type="checkbox" name="jurisdictions" value={country} className="h-5 w-5" /> {tc(country)}
            </label>
          ))}
        </fieldset>
        <button type="submit" name="operation" value="invite" className={buttonClass}>
          {t("addColleagueButton")}
        </button>
      </ActionForm>
    </div>
  );
}
