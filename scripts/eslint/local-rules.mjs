// Project rules ESLint has no built-in for. They read the imported file itself, because what makes a module
// server-only is its own `import "server-only"` line, not its path.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const serverOnlyCache = new Map();

function resolveProjectFile(fromFile, source) {
  let base;
  if (source.startsWith("@/")) base = path.join(root, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(fromFile), source);
  else return null;
  for (const extension of extensions) {
    const candidate = base + extension;
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate, "utf8");
        return candidate;
      } catch {
        // a directory: try the next extension
      }
    }
  }
  return null;
}

function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) {
    serverOnlyCache.set(file, /^import\s+["']server-only["'];?\s*$/m.test(readFileSync(file, "utf8")));
  }
  return serverOnlyCache.get(file);
}

function hasDirective(program, directive) {
  return program.body.some((node) => node.type === "ExpressionStatement" && node.directive === directive);
}

/**
 * Components and "use client" modules never import a server-only module (the database client, use cases,
 * lib/server). Pages pass data in; client code reaches the server through server actions ("use server"
 * files, which are not server-only themselves).
 */
const noServerOnlyImport = {
  meta: {
    type: "problem",
    docs: { description: "forbid importing server-only modules from components and client modules" },
    schema: [{ type: "object", properties: { always: { type: "boolean" } }, additionalProperties: false }],
    messages: {
      serverOnly:
        "'{{source}}' is server-only (it imports \"server-only\"): {{where}} may not import it. Pass the data in as props, or call a server action.",
    },
  },
  create(context) {
    const always = context.options[0]?.always ?? false;
    let applies = always;
    let where = "a component";
    return {
      Program(program) {
        if (hasDirective(program, "use client")) {
          applies = true;
          where = 'a "use client" module';
        }
      },
      ImportDeclaration(node) {
        if (!applies || node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
        const source = node.source.value;
        if (source === "server-only") {
          context.report({ node, messageId: "serverOnly", data: { source, where } });
          return;
        }
        const file = resolveProjectFile(context.filename, source);
        if (file && isServerOnly(file)) context.report({ node, messageId: "serverOnly", data: { source, where } });
      },
    };
  },
};

export default { rules: { "no-server-only-import": noServerOnlyImport } };
