import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SelectField } from "@/components/forms/select-field";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { requireEmployerPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";
import { markAllNotificationsReadAction, updateNotificationPreferencesAction } from "@/lib/notifications/actions";
import { notificationTexts } from "@/lib/notifications/compose-notification-mail";
import { notificationTarget, notificationTopics, ownerAlwaysGets } from "@/lib/notifications/kinds";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications" });
  return { title: t("title") };
}

const topicField = { DECISIONS: "emailDecisions", EXPIRY: "emailExpiry", RESPONSES: "emailResponses" } as const;

// GET /[locale]/employer/notifications – what happened to the organisation and its vacancies; e-mail settings
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const { before } = await searchParams;
  const [t, languageT, format, data] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("language"),
    getFormatter(),
    listNotifications(actor, { before }),
  ]);
  const { settings } = data;
  const isOwner = settings.role === "OWNER";
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("lead", { email: settings.email })}</p>
          <p className="text-sm font-medium text-slate-700" data-testid="unread-count">
            {t("unreadCount", { count: data.unread })}
          </p>
        </div>
        {data.unread > 0 && (
          <ActionForm action={markAllNotificationsReadAction}>
            <button type="submit" className={buttonClass}>
              {t("markAllRead")}
            </button>
          </ActionForm>
        )}
      </header>
      {data.items.length === 0 ? (
        <Panel as="p" tone="empty" padding="xl">
          {t("empty")}
        </Panel>
      ) : (
        <ol className="space-y-3">
          {data.items.map((item) => {
            const texts = notificationTexts(item, locale);
            return (
              <Panel
                as="li"
                key={item.id}
                tone={item.unread ? "info" : "plain"}
                className={item.unread ? "border-l-4 border-l-brand-700" : ""}
                data-testid="notification"
                data-unread={item.unread ? "true" : "false"}
              >
                <div className="flex flex-wrap items-center gap-2">
                  {item.unread && <Badge tone="info">{t("unread")}</Badge>}
                  <Link
                    href={notificationTarget(item.kind, item.vacancyId)}
                    className={`text-brand-700 hover:underline ${item.unread ? "font-semibold" : ""}`}
                  >
                    {texts.headline}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-slate-700">{texts.body}</p>
                {texts.sections && <p className="mt-1 text-sm font-medium text-slate-800">{texts.sections}</p>}
                {texts.quote && (
                  <div className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
                    <p className="font-semibold">{texts.quote.label}</p>
                    <p className="whitespace-pre-line">{texts.quote.text}</p>
                  </div>
                )}
                <p className="mt-1 text-xs text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>
                    {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </p>
              </Panel>
            );
          })}
        </ol>
      )}
      {(data.olderCursor || before) && (
        <nav className="flex flex-wrap gap-4 text-sm" aria-label={t("title")}>
          {before && (
            <Link href="/employer/notifications" className="text-brand-700 underline">
              {t("newest")}
            </Link>
          )}
          {data.olderCursor && (
            <Link
              href={{ pathname: "/employer/notifications", query: { before: data.olderCursor } }}
              className="text-brand-700 underline"
            >
              {t("older")}
            </Link>
          )}
        </nav>
      )}
      <Panel as="section" id="settings" aria-labelledby="settings-heading" className="space-y-2">
        <h2 id="settings-heading" className="text-lg font-semibold">
          {t("settingsTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("settingsLead")}</p>
        <ActionForm action={updateNotificationPreferencesAction} className="space-y-2">
          <fieldset>
            <legend className="sr-only">{t("settingsTitle")}</legend>
            {notificationTopics.map((topic) => {
              const locked = isOwner && ownerAlwaysGets.includes(topic);
              return (
                <CheckboxField
                  key={topic}
                  name={topicField[topic]}
                  label={t(`topic.${topic}`)}
                  defaultChecked={locked || !settings.emailOptOuts.includes(topic)}
                  disabled={locked}
                  aria-describedby={locked ? "owner-always" : undefined}
                />
              );
            })}
            {isOwner && (
              <p id="owner-always" className="text-sm text-slate-600">
                {t("ownerAlways")}
              </p>
            )}
          </fieldset>
          <SelectField
            name="mailLocale"
            label={t("mailLanguage")}
            defaultValue={settings.mailLocale}
            options={locales.map((code) => [code, languageT(code)] as const)}
          />
          <button type="submit" className={buttonClass}>
            {t("save")}
          </button>
        </ActionForm>
      </Panel>
    </div>
  );
}
