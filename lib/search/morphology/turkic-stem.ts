// Kazakh and Kyrgyz stems: inflectional suffixes stripped from the end of a skeleton word, by rules kept
// as data (prisma/data/turkic-suffixes.json). A Turkic noun is stem + plural + possessive + case, so the
// endings are peeled in that order from the end: at most one case ending, then one possessive, then one
// plural, each time the longest suffix that fits. A variant fits only after what its grammar requires
// (a vowel, a voiceless consonant, …) and, for a back-vowel suffix, not after a front vowel: vowel harmony
// as far as the folded skeleton alphabet still shows it ("e" is the one unambiguous front vowel there).
// Turkic stems are taken from query words and from occupation names (at seeding, stored on Occupation); a
// query stem also matches indexed words by their beginning, which is how agglutinated titles and descriptions
// are found ("ашпозчусу" → "ashpozchu" → "Ашпозчулар керек"): the suffixes only ever add to the end.
import suffixData from "@/prisma/data/turkic-suffixes.json";
import { skeleton } from "../skeleton";

type After = "vowel" | "consonant" | "voiced" | "voiceless" | "sonorant" | "vowel+nasal" | "vowel+r";
export type TurkicRule = { suffix: string; after: After; back: boolean };

const vowelLetters = "aeiou";
const endings: Record<After, string> = {
  vowel: vowelLetters,
  consonant: "bcdfghjklmnpqrstvwxyz",
  voiced: `${vowelLetters}lmnrzj`,
  voiceless: "kptsfh",
  sonorant: "lmnzj",
  "vowel+nasal": `${vowelLetters}mn`,
  "vowel+r": `${vowelLetters}r`,
};
const kinds = ["case", "possessive", "plural"] as const;
const kindOf = (kind: string): (typeof kinds)[number] =>
  kind.startsWith("plural") ? "plural" : kind.startsWith("possessive") ? "possessive" : "case";

/** The rules of each kind, longest suffix first (then alphabetical, so the order is fixed). */
export const turkicRules: Record<(typeof kinds)[number], TurkicRule[]> = (() => {
  const out = { case: [] as TurkicRule[], possessive: [] as TurkicRule[], plural: [] as TurkicRule[] };
  for (const entry of suffixData.suffixes) {
    for (const form of entry.forms) {
      const back = /[аоұыу]/.test(form) && !/[әеөүіи]/.test(form);
      const rule = { suffix: skeleton(form), after: entry.after as After, back };
      const list = out[kindOf(entry.kind)];
      if (!list.some((r) => r.suffix === rule.suffix && r.after === rule.after && r.back === rule.back))
        list.push(rule);
    }
  }
  for (const kind of kinds) {
    out[kind].sort(
      (a, b) => b.suffix.length - a.suffix.length || a.suffix.localeCompare(b.suffix) || a.after.localeCompare(b.after),
    );
  }
  return out;
})();

function fits(stem: string, rule: TurkicRule): boolean {
  if (stem.length < 2 || !/[aeiou]/.test(stem)) return false;
  if (!endings[rule.after].includes(stem.at(-1)!)) return false;
  return !rule.back || !/e[^aeiou]*$/.test(stem);
}

/**
 * Case endings are peeled twice: many stems end like a case ending themselves ("мақта" = "мақ" + "та" by
 * form), and peeling twice keeps the stem of "мақтада" equal to that of "мақта". Equal stems matter more
 * for matching than linguistically exact ones.
 */
const passes = ["case", "case", "possessive", "plural"] as const;

/**
 * How long an ending the rule cuts from the word, or 0. A suffix that begins with the stem's last letter
 * ("бишкек" + "ке") lost that letter in the skeleton ("bishkeke"): then only the rest is cut.
 */
function cut(word: string, rule: TurkicRule): number {
  if (word.endsWith(rule.suffix) && fits(word.slice(0, -rule.suffix.length), rule)) return rule.suffix.length;
  const [first, rest] = [rule.suffix[0]!, rule.suffix.slice(1)];
  if (!rest || vowelLetters.includes(first) || !word.endsWith(first + rest)) return 0;
  return fits(word.slice(0, -rest.length), rule) ? rest.length : 0;
}

/** The stem of one skeleton word (the word itself when no ending applies). */
export function turkicStem(word: string): string {
  let stem = word;
  for (const kind of passes) {
    for (const rule of turkicRules[kind]) {
      const length = cut(stem, rule);
      if (length) {
        stem = stem.slice(0, -length);
        break;
      }
    }
  }
  return stem;
}
