import stopWordData from "@/prisma/data/search-stop-words.json";
import { skeleton, skeletonWords } from "./skeleton";

const stopPhrases = [...stopWordData.ru, ...stopWordData.ky, ...stopWordData.kk, ...stopWordData.en]
  .map(skeleton)
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/**
 * The skeleton words of a text without the stop words and phrases (prisma/data/search-stop-words.json), or
 * all of them when nothing else is left. Queries and synonym entries go through the same filter, so
 * "менеджер по продажам" typed matches the entry "менеджер по продажам".
 */
export function contentWords(text: string): string[] {
  const words = skeletonWords(text);
  let padded = ` ${words.join(" ")} `;
  for (const stop of stopPhrases) {
    while (padded.includes(` ${stop} `)) padded = padded.replace(` ${stop} `, " ");
  }
  const kept = padded.trim().split(" ").filter(Boolean);
  return kept.length ? kept : words;
}
