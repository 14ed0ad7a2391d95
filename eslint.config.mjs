import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

// Code shared with the browser imports z from the module that keeps it free of eval there.
const ZOD_PATH = {
  name: "zod",
  message: "Import z from @/lib/validation/zod: in the browser zod must not compile parsers with eval (CSP).",
};

export default tseslint.config(
  {
    ignores: [
      ".tmp-*/**",
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
      "**/*.mjs",
      "vitest.config.mts",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Layering: the UI never reaches into use cases; the domain stays pure.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [ZOD_PATH],
          patterns: [
            {
              group: ["@/lib/server/*", "@/lib/db"],
              message: "Components never import lib/server or the database.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [ZOD_PATH],
          patterns: [
            {
              group: ["@/lib/server/*", "@/lib/db", "@/lib/env", "next/*", "@prisma/*", "node:*"],
              message: "lib/domain is pure: no I/O, no Next, no Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    // Shared with the browser: zod through the module that keeps it free of eval there.
    files: ["lib/validation/**/*.ts", "lib/editor/**/*.ts"],
    ignores: ["lib/validation/zod.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [ZOD_PATH],
        },
      ],
    },
  },
);
