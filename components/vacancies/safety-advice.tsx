import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { CountryCode } from "@/lib/generated/prisma/enums";

/**
 * Advice that fits the direction of the work (docs: DOMAIN.md, "Work across the border"): for a vacancy in
 * Kazakhstan, what a citizen of Kyrgyzstan coming to it should know, and what everyone working in their own
 * country should; the other way round for a vacancy in Kyrgyzstan. Always: never pay, never hand over a passport.
 */
export async function SafetyAdvice({
  countryCode,
  openToOtherCountry,
}: {
  countryCode: CountryCode;
  openToOtherCountry: boolean;
}) {
  const t = await getTranslations("safety");
  const crossBorder = countryCode === "KZ" ? "fromKyrgyzstan" : "fromKazakhstan";
  // Coming to work from the other country: the treaty's 30 days without registration, naming the host country.
  const crossBorderItems = [
    t(`${crossBorder}.1`),
    t("registration", { country: countryCode }),
    t(`${crossBorder}.3`),
    t(`${crossBorder}.4`),
  ];
  const localItems = (["1", "2", "3", "4"] as const).map((n) => t(`local.${n}`));
  const section = (title: string, items: string[], open: boolean) => (
    <details open={open} className="rounded-md bg-white/60 px-3 py-2">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">{title}</summary>
      <ul className="list-disc space-y-1 pb-2 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
  return (
    <Panel
      as="aside"
      tone="info"
      padding="lg"
      className="space-y-3 text-sm text-slate-800"
      aria-labelledby="safety-heading"
      data-testid="safety-advice"
    >
      <h2 id="safety-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5 font-medium">
        <li>{t("noFees")}</li>
        <li>{t("passport")}</li>
        <li>{t("contract")}</li>
      </ul>
      {openToOtherCountry && section(t(`${crossBorder}.title`), crossBorderItems, true)}
      {section(t("local.title"), localItems, !openToOtherCountry)}
      <p className="text-xs text-slate-600">{t("sources")}</p>
    </Panel>
  );
}
