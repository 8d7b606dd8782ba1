// Calling a server action the way the browser does, for the tests and benchmarks that go through HTTP: the
// action's id from the production build's manifest, its arguments (previous form state, the form) encoded by
// React's own encoder, posted with the `Next-Action` header to a page that serves it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export type BuiltAction = { id: string; exportedName: string; workers: string[] };

/** Every server action of the build in `.next` (run `npm run build` first). */
export function builtServerActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    exportedName: entry.exportedName,
    workers: Object.keys(entry.workers),
  }));
}

export type ActionAnswer = { status: number; text: string; redirectTo: string };

/** Posts the form to the action; `headers` may carry a session cookie. */
export async function postServerAction(
  baseUrl: string,
  action: BuiltAction,
  values: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(values))
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  const body = await encodeReply([{ status: "idle" }, form]);
  // Any page that imports the action serves it; one without a dynamic segment needs no made-up id.
  const worker = action.workers.find((path) => !/\[(id|token)\]/.test(path)) ?? action.workers[0]!;
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("[locale]", "ru")
    .replace(/\[[^\]]+\]/g, "x");
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { "Next-Action": action.id, Origin: baseUrl, Accept: "text/x-component", ...headers },
  });
  return {
    status: response.status,
    text: await response.text(),
    redirectTo: response.headers.get("x-action-redirect") ?? "",
  };
}
