// Folds text for matching what people type: lower case, Kazakh and Kyrgyz letters to their Russian
// neighbours (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), ё→е. "Аспаз" typed without a Kazakh keyboard
// still finds "Аспаздар"; "құрылысшы" finds "курулушчу"-style spellings less well, which search handles.
const letters: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
};

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[әғқңөұүһіё]/g, (ch) => letters[ch] ?? ch);
}
