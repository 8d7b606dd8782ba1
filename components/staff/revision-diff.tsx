import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { showFormValue } from "@/lib/vacancies/form-values";

/** The fields a pending edit changes: the published value struck through beside the proposed one. */
export async function RevisionDiff({
  fields,
  current,
  proposed,
}: {
  fields: readonly string[];
  current: Record<string, unknown>;
  proposed: Record<string, unknown>;
}) {
  const t = await getTranslations();
  const changed = fields;
  const show = showFormValue;
  return (
    <Panel as="section" tone="info" aria-labelledby="diff-heading">
      <h2 id="diff-heading" className="mb-2 font-semibold">
        {t("staff.diffTitle")}
      </h2>
      <table className="w-full table-fixed text-sm" data-testid="revision-diff">
        <thead>
          <tr className="text-left">
            <th className="w-1/4 p-1">{t("staff.field")}</th>
            <th className="p-1">{t("staff.published")}</th>
            <th className="p-1">{t("staff.proposed")}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((field) => (
            <tr key={field} className="align-top">
              <td className="p-1 font-mono text-xs">{field}</td>
              <td className="whitespace-pre-line p-1 text-slate-600 line-through decoration-red-400">
                {show(current[field])}
              </td>
              <td className="whitespace-pre-line p-1">{show(proposed[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
