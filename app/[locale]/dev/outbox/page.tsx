import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { listOutbox } from "@/lib/mail/list-outbox";
import { isAppError } from "@/lib/server/errors";
import { requestIp } from "@/lib/server/request-context";
import { Panel } from "@/components/ui/panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ to?: string }> };

// GET /[locale]/dev/outbox – development only: the mail the portal would have sent (links are clickable)
export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { to } = await searchParams;
  const messages = await listOutbox({ to }, { ip: await requestIp() }).catch((error) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const linkify = (text: string) =>
    text.split(/(https?:\/\/\S+)/g).map((part, i) =>
      /^https?:\/\//.test(part) ? (
        <a key={i} href={part} className="break-all text-brand-700 underline">
          {part}
        </a>
      ) : (
        part
      ),
    );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Panel as="p" tone="warning" padding="sm" className="text-sm">
        {t("lead")}
      </Panel>
      {messages.length === 0 && <p>{t("empty")}</p>}
      <ol className="space-y-4">
        {messages.map((message) => (
          <Panel as="li" key={message.id} data-testid="outbox-message">
            <p className="text-sm text-slate-600">
              {t("to")}: <span data-testid="outbox-to">{message.to}</span> ·{" "}
              {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </p>
            <h2 className="mt-1 font-semibold">{message.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{linkify(message.text)}</pre>
          </Panel>
        ))}
      </ol>
    </div>
  );
}
