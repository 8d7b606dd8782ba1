// The levels "pay far above the market" compares at, most specific first: the occupation's ISCO-08 code, its
// 3-digit minor group, 2-digit sub-major group, 1-digit major group, then the whole country (""). Each level is
// a code prefix: every unit group of a minor group begins with the minor group's code.
export function marketLevels(occupationCode: string): string[] {
  const code = occupationCode.trim();
  const levels: string[] = [];
  for (let length = Math.min(code.length, 4); length >= 1; length--) levels.push(code.slice(0, length));
  levels.push("");
  return levels;
}

/** Fewer vacancies than this at a level say too little about the market: the next, wider level is used. */
export const marketMinimumSample = 5;
