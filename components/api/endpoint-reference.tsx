import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { ReferenceEndpoint, ReferenceParameter } from "@/lib/api/api-reference";
import { CodeText } from "./code-text";

type Props = { endpoint: ReferenceEndpoint; baseUrl: string };

/** One endpoint of the open-data API: what it does, its parameters, a request to copy and an example answer. */
export async function EndpointReference({ endpoint, baseUrl }: Props) {
  const t = await getTranslations("api");
  const headingId = `endpoint-${endpoint.id}`;
  return (
    <Panel as="section" padding="lg" aria-labelledby={headingId} className="min-w-0 space-y-4">
      <header className="space-y-1">
        <h3 id={headingId} className="text-lg font-semibold">
          {t(`endpoints.${endpoint.id}.summary` as never)}
        </h3>
        <p className="break-all font-mono text-sm">
          <span className="mr-2 rounded bg-emerald-100 px-1.5 py-0.5 font-semibold text-emerald-900">GET</span>
          {endpoint.path}
        </p>
        <p className="text-slate-700">
          <CodeText text={t(`endpoints.${endpoint.id}.description` as never)} />
        </p>
      </header>
      <div className="space-y-2">
        <h4 className="font-semibold">{t("parametersTitle")}</h4>
        {endpoint.parameters.length === 0 ? (
          <p className="text-slate-600">{t("noParameters")}</p>
        ) : (
          <dl className="divide-y divide-slate-200 rounded border border-slate-200">
            {endpoint.parameters.map((parameter) => (
              <ParameterRow key={parameter.name} endpointId={endpoint.id} parameter={parameter} />
            ))}
          </dl>
        )}
      </div>
      <div className="space-y-1">
        <h4 className="font-semibold">{t("exampleRequest")}</h4>
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50">
          <code>{`curl '${baseUrl}${encodeURI(endpoint.sample)}'`}</code>
        </pre>
        <p className="text-sm text-slate-600">{t("cachedFor", { seconds: endpoint.maxAge })}</p>
      </div>
      <details className="group">
        <summary className="cursor-pointer font-semibold text-brand-700 underline-offset-2 hover:underline">
          {t("exampleAnswer")}
        </summary>
        <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs text-slate-900">
          <code>{endpoint.exampleAnswer}</code>
        </pre>
      </details>
    </Panel>
  );
}

async function ParameterRow({ endpointId, parameter }: { endpointId: string; parameter: ReferenceParameter }) {
  const t = await getTranslations("api");
  const values = parameter.values;
  const accepted =
    values.kind === "choice"
      ? values.values.join(", ")
      : values.kind === "integer"
        ? values.min !== undefined && values.max !== undefined
          ? t("integerRange", { min: values.min, max: values.max })
          : t("positiveInteger")
        : t("anyText");
  return (
    <div className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="font-mono text-sm font-semibold break-all">
        {parameter.name}
        {parameter.in === "path" && (
          <span className="block font-sans text-xs font-normal text-slate-600">{t("inPath")}</span>
        )}
      </dt>
      <dd className="min-w-0 space-y-1 text-sm">
        <p>
          <CodeText text={t(`parameters.${endpointId}.${parameter.name}` as never)} />
        </p>
        <p className="break-words text-slate-600">
          <span className="sr-only">{t("parameterValues")}: </span>
          <code className="font-mono text-xs">{accepted}</code>
          {parameter.defaultValue !== undefined && <> · {t("defaultValue", { value: parameter.defaultValue })}</>}
        </p>
      </dd>
    </div>
  );
}
