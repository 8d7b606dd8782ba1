import { firstSentence, oneLine, truncate } from "./plain-text";

/** Search engines show about 160 characters of a description; longer ones are cut mid-word. */
export const metaDescriptionLength = 160;

/**
 * A vacancy's meta description: the facts a seeker decides on (pay, place, employer), then the first sentence of
 * the employer's text, on one line and at most 160 characters.
 */
export function vacancyMetaDescription(parts: {
  pay: string | null;
  place: string;
  employer: string;
  description: string;
}): string {
  const facts = [parts.pay, parts.place, parts.employer]
    .filter((part): part is string => Boolean(part))
    .map(oneLine)
    .join(" · ");
  const sentence = firstSentence(parts.description);
  return truncate(sentence ? `${facts}. ${sentence}` : facts, metaDescriptionLength);
}
