import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeText } from "@/components/api/code-text";
import { EndpointReference } from "@/components/api/endpoint-reference";
import { Panel } from "@/components/ui/panel";
import { apiErrors, type ApiErrorCode } from "@/lib/api/api-errors";
import { apiRateLimit } from "@/lib/api/api-limits";
import { apiReference } from "@/lib/api/api-reference";
import { maxApiListDepth } from "@/lib/api/request-schemas";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { absoluteUrl } from "@/lib/server/urls";

// The same for every visitor: cached like the other public pages (nothing at build time, which has no APP_URL).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "api" });
  return publicPageMetadata({ locale, path: "/developers", title: t("metaTitle"), description: t("intro") });
}

// GET /[locale]/developers – the readable reference of the open-data API, from the same schemas as openapi.json
export default async function DevelopersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("api");
  const baseUrl = absoluteUrl("/api/v1");
  const endpoints = apiReference();
  const notes = [
    ["pagingTitle", t("pagingText", { depth: maxApiListDepth })],
    ["cachingTitle", t("cachingText")],
    ["limitsTitle", t("limitsText", { limit: apiRateLimit().limit })],
    ["contactsTitle", t("contactsText")],
  ] as const;
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
        <dl className="space-y-1">
          <dt className="font-semibold">{t("baseUrl")}</dt>
          <dd className="break-all font-mono text-sm">{baseUrl}</dd>
        </dl>
        <p>
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
            {t("documentLink")}
          </a>
        </p>
      </header>
      <nav aria-labelledby="endpoints-toc" className="space-y-2">
        <h2 id="endpoints-toc" className="text-lg font-semibold">
          {t("onThisPage")}
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <a href={`#endpoint-${endpoint.id}`} className="text-brand-700 underline">
                {t(`endpoints.${endpoint.id}.summary` as never)}
              </a>{" "}
              <code className="break-all text-xs text-slate-600">{endpoint.path}</code>
            </li>
          ))}
        </ul>
      </nav>
      {notes.map(([title, text]) => (
        <Panel as="section" padding="lg" key={title} aria-labelledby={`${title}-heading`} className="space-y-2">
          <h2 id={`${title}-heading`} className="text-lg font-semibold">
            {t(title)}
          </h2>
          <p>
            <CodeText text={text} />
          </p>
        </Panel>
      ))}
      <Panel as="section" padding="lg" aria-labelledby="errors-heading" className="space-y-3">
        <h2 id="errors-heading" className="text-lg font-semibold">
          {t("errorsTitle")}
        </h2>
        <p>
          <CodeText text={t("errorsText")} />
        </p>
        <dl className="divide-y divide-slate-200 rounded border border-slate-200">
          {Object.entries(apiErrors).map(([code, { status }]) => (
            <div key={code} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
              <dt className="font-mono text-sm font-semibold">
                {code} <span className="font-normal text-slate-600">· {status}</span>
              </dt>
              <dd className="text-sm">
                <CodeText text={t(`errors.${code as ApiErrorCode}`)} />
              </dd>
            </div>
          ))}
        </dl>
      </Panel>
      <section aria-labelledby="endpoints-heading" className="space-y-4">
        <h2 id="endpoints-heading" className="text-xl font-semibold">
          {t("onThisPage")}
        </h2>
        {endpoints.map((endpoint) => (
          <EndpointReference key={endpoint.id} endpoint={endpoint} baseUrl={baseUrl} />
        ))}
      </section>
    </div>
  );
}
