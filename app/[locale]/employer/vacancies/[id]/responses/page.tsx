import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { requireEmployerPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { markResponseAction } from "@/lib/responses/actions";
import { listVacancyResponses } from "@/lib/responses/list-vacancy-responses";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

const marks = ["SEEN", "INVITED", "DECLINED"] as const;
const tones = { NEW: "info", SEEN: "neutral", INVITED: "success", DECLINED: "warning", WITHDRAWN: "neutral" } as const;

// GET /[locale]/employer/vacancies/[id]/responses – the seekers who responded, with their status
export default async function VacancyResponsesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const { vacancy, responses } = await listVacancyResponses(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tl, format] = await Promise.all([getTranslations("respond"), getTranslations("language"), getFormatter()]);
  return (
    <div className="space-y-4">
      <Link href="/employer" className="text-sm text-brand-700 underline">
        ← {t("backToDashboard")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("responsesTitle")}: <span lang={vacancy.language}>{vacancy.title}</span>
      </h1>
      <p className="text-slate-700">{t("responsesCount", { count: responses.length })}</p>
      {!vacancy.responsesEnabled && <p className="text-sm text-slate-700">{t("responsesOff")}</p>}
      <ol className="space-y-3">
        {responses.map((response) => (
          <Panel as="li" key={response.id} padding="md" className="space-y-2" data-testid="response">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{response.name}</span>
              <a href={`tel:${response.phone.replace(/[^+\d]/g, "")}`} className="text-brand-700 underline">
                {response.phone}
              </a>
              <span data-testid="response-state">
                <Badge tone={tones[response.status]}>{t(`status.${response.status}`)}</Badge>
              </span>
            </p>
            <p className="text-sm text-slate-700">
              {format.dateTime(response.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              {t("answerIn", { language: tl(response.answerLanguage) })}
            </p>
            {response.message && <p className="whitespace-pre-line text-sm">{response.message}</p>}
            {response.status !== "WITHDRAWN" && (
              <ActionForm
                action={markResponseAction}
                className="flex flex-wrap gap-2"
                label={t("markLabel", { name: response.name })}
              >
                <input type="hidden" name="responseId" value={response.id} />
                <input type="hidden" name="vacancyId" value={vacancy.id} />
                {marks.map((status) => (
                  <button
                    key={status}
                    type="submit"
                    name="status"
                    value={status}
                    disabled={response.status === status}
                    className="min-h-11 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-50 disabled:bg-slate-100 disabled:text-slate-500"
                  >
                    {t(`mark.${status}`)}
                  </button>
                ))}
              </ActionForm>
            )}
          </Panel>
        ))}
      </ol>
    </div>
  );
}
