import { RE2JS } from "re2js";

// Risk rules are data an administrator may edit, and they run on text anyone may submit. JavaScript's
// backtracking engine can take seconds on one unlucky pattern ("\d[\d\s]*\s*" after a fee word, followed
// by 10 000 digits and spaces, took 0.3 s; 100 000, half a minute). RE2 (re2js, a pure-JS port) runs in time
// linear in the text for every pattern; it has no lookaround or back-references, which the rules page
// therefore refuses.

export type LinearPattern = { firstMatch(text: string, from?: number): { start: number; end: number } | null };

const cache = new Map<string, LinearPattern | null>();

/** The compiled pattern, or null when RE2 cannot compile it (such a rule never matches). */
export function linearPattern(source: string | null | undefined): LinearPattern | null {
  if (!source) return null;
  if (!cache.has(source)) {
    try {
      const compiled = RE2JS.compile(source);
      cache.set(source, {
        firstMatch(text, from = 0) {
          const matcher = compiled.matcher(text);
          return matcher.find(from) ? { start: matcher.start(), end: matcher.end() } : null;
        },
      });
    } catch {
      cache.set(source, null);
    }
  }
  return cache.get(source)!;
}

/** Whether RE2 accepts the pattern (the rules page's check). */
export function isLinearPattern(source: string): boolean {
  try {
    RE2JS.compile(source);
    return true;
  } catch {
    return false;
  }
}
