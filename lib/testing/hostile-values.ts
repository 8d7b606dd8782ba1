// Values that break naive parsers, shared by the fuzz tests of the use cases (lib/testing/fuzz.integration.test.ts)
// and of the HTTP routes (e2e/hostile-requests.spec.ts); each adds what only its layer can receive.
export const hostileValues = [
  "",
  "\u202eevil",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "9".repeat(400),
  "-1",
  "1e309",
  "NaN",
  "2026-02-30",
  "KZ",
  "on",
];
