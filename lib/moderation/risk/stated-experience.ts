// Years of experience a vacancy's text asks for ("опыт от 3 лет", "тажрыйбасы эки жылдан кем эмес", "кемінде 5 жыл
// тәжірибе"). Employers often write it in the text and leave the form's experience field at "none"; a welder asked for
// five years of certified experience is no unskilled worker lured by high pay.
const experienceWord = /(опыт|стаж|тажрыйба|тәжірибе|experience)/iu;
const years =
  /(\d{1,2}|одного|один|двух|два|трёх|трех|три|четырёх|четырех|четыре|пяти|пять|бир|эки|үч|төрт|беш|бір|екі|үш|бес)(?:-?х|-?ти)?\s*(?:-\s*\d{1,2}\s*)?(?:год|лет|жыл|year)/iu;
const numberWords: Record<string, number> = {
  одного: 1,
  один: 1,
  двух: 2,
  два: 2,
  трёх: 3,
  трех: 3,
  три: 3,
  четырёх: 4,
  четырех: 4,
  четыре: 4,
  пяти: 5,
  пять: 5,
  бир: 1,
  эки: 2,
  үч: 3,
  төрт: 4,
  беш: 5,
  бір: 1,
  екі: 2,
  үш: 3,
  бес: 5,
};
/** How far, in characters, the years may stand from the word "experience" in one sentence. */
const reach = 40;
/** Characters read: the requirement is stated early, and a hostile text costs nothing more. */
const maxCharacters = 4000;

/** The most years of experience the text asks for, or 0 when it asks for none (or says so in no way we read). */
export function statedExperienceYears(text: string): number {
  let most = 0;
  for (const sentence of text.slice(0, maxCharacters).split(/[.!?\n;]+/)) {
    const at = sentence.search(experienceWord);
    if (at < 0) continue;
    const around = sentence.slice(Math.max(0, at - reach), at + reach + 12);
    const found = years.exec(around);
    if (!found) continue;
    const count = Number(found[1]) || numberWords[found[1]!.toLowerCase()] || 0;
    most = Math.max(most, count);
  }
  return most;
}
