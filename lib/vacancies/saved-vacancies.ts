// Vacancies a seeker saved, kept on the device (localStorage): no account, nothing sent anywhere. A small
// external store, so every "save" button and the Saved page stay in step (also across tabs).

export type SavedVacancy = { id: string; title: string; savedAt: string };

const key = "saved-vacancies";
const listeners = new Set<() => void>();
let cache: { raw: string | null; list: SavedVacancy[] } = { raw: null, list: [] };

export function savedVacancies(): SavedVacancy[] {
  const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(key);
  if (raw !== cache.raw) {
    let list: SavedVacancy[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed))
        list = parsed.filter((v): v is SavedVacancy => typeof v?.id === "string" && typeof v?.title === "string");
    } catch {
      list = [];
    }
    cache = { raw, list };
  }
  return cache.list;
}

export const isSaved = (id: string) => savedVacancies().some((v) => v.id === id);

export function toggleSaved(vacancy: { id: string; title: string }) {
  const list = savedVacancies();
  const next = isSaved(vacancy.id)
    ? list.filter((v) => v.id !== vacancy.id)
    : [{ id: vacancy.id, title: vacancy.title, savedAt: new Date().toISOString() }, ...list].slice(0, 200);
  localStorage.setItem(key, JSON.stringify(next));
  listeners.forEach((listener) => listener());
}

export function subscribeToSaved(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === key && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
