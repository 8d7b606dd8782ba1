// Submitted vacancies always have these fields (the CHECK constraint "Vacancy_complete_unless_draft");
// only drafts may lack them. Public reads narrow the nullable columns once, here, instead of in every view.
type Required<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export function publishable<T extends object, K extends keyof T>(
  vacancy: T & { id: string },
  keys: readonly K[],
): Required<T, K> {
  for (const key of keys) {
    if (vacancy[key] === null || vacancy[key] === undefined) {
      throw new Error(`Vacancy ${vacancy.id} is public but lacks ${String(key)}`);
    }
  }
  return vacancy as unknown as Required<T, K>;
}
