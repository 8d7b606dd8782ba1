import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { manageAlertAction } from "@/lib/alerts/actions";
import type { loadAlertManagement } from "@/lib/alerts/load-alert-management";
import { Link } from "@/lib/i18n/navigation";
import type { placeNames } from "@/lib/reference/place-names";
import { AlertSearchWords } from "./alert-search-words";

type Subscription = Awaited<ReturnType<typeof loadAlertManagement>>["subscriptions"][number];

/** One subscription on the manage page: its search in words, its state, and (while active) its buttons. */
export async function AlertSubscriptionCard({
  subscription,
  token,
  places,
}: {
  subscription: Subscription;
  token: string;
  places: Awaited<ReturnType<typeof placeNames>>;
}) {
  const [t, format] = await Promise.all([getTranslations("alerts"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const active = subscription.status === "ACTIVE";
  return (
    <Panel as="li" className="space-y-3" data-testid="alert-subscription" data-status={subscription.status}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={active ? "success" : "neutral"}>{t(`status.${subscription.status}`)}</Badge>
        <AlertSearchWords search={subscription.search} places={places} />
      </div>
      <p className="text-sm text-slate-700">
        {subscription.endedAt
          ? t("endedOn", { date: day(subscription.endedAt) })
          : t("since", { date: day(subscription.confirmedAt!) })}{" "}
        ·{" "}
        <Link href={`/vacancies${subscription.query}`} className="text-brand-700 underline">
          {t("openSearch")}
        </Link>
      </p>
      {active && (
        <div className="flex flex-wrap items-end gap-3">
          <ActionForm action={manageAlertAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="operation" value="frequency" />
            <input type="hidden" name="subscriptionId" value={subscription.id} />
            <SelectField
              name="frequency"
              id={`frequency-${subscription.id}`}
              label={t("frequency")}
              defaultValue={subscription.frequency}
              options={(["DAILY", "IMMEDIATE"] as const).map((f) => [f, t(`frequencyOption.${f}`)] as const)}
            />
            <button type="submit" className={secondaryButtonClass}>
              {t("saveFrequency")}
            </button>
          </ActionForm>
          <ActionForm action={manageAlertAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="operation" value="end" />
            <input type="hidden" name="subscriptionId" value={subscription.id} />
            <button type="submit" className={secondaryButtonClass}>
              {t("end")}
            </button>
          </ActionForm>
        </div>
      )}
    </Panel>
  );
}
