// Lint rules, including the layers of docs/architecture.md as import rules: a wrong import fails `npm run lint`.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import localRules from "./scripts/eslint/local-rules.mjs";

const databaseClient = {
  group: ["@/lib/server/db", "**/lib/server/db", "@/lib/generated/prisma/client", "**/generated/prisma/client"],
  message: "Only use cases (lib/<domain>/) and lib/server read the database: call a use case instead.",
};

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      ".test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, local: localRules },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Next's plugin looks for pages/ by default; this app has only app/.
      "@next/next/no-html-link-for-pages": "off",
      // "use client" modules never pull server-only code into the browser bundle.
      "local/no-server-only-import": "error",
    },
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  // Layer: routes (app/) never touch the database client; they call use cases. Pages and layouts are
  // server components, rendered once per request: reading the clock there is not a React purity problem.
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [databaseClient] }],
      "react-hooks/purity": "off",
    },
  },
  // Layer: components receive data from pages; they never import the database or any server-only module.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [databaseClient] }],
      "local/no-server-only-import": ["error", { always: true }],
    },
  },
  // Layer: lib/server is the infrastructure under the domains; it never imports a domain.
  {
    files: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/lib/(?!server/|generated/)",
              message: "lib/server is infrastructure: it may not import domain code (lib/<domain>/).",
            },
            {
              regex: "^\\.\\./",
              message: "lib/server is infrastructure: it may not import domain code (lib/<domain>/).",
            },
          ],
        },
      ],
    },
  },
  // Scripts, tests and configuration run in Node and may use what they need.
  {
    files: ["scripts/**", "e2e/**", "**/*.test.ts", "*.config.*", "prisma/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      // Playwright's fixtures are handed a function named `use`; it is not React's hook.
      "react-hooks/rules-of-hooks": "off",
    },
  },
);
