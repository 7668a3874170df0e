// @ts-check
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier/flat";

const netsimForbidden = {
  patterns: [
    {
      group: [
        "next",
        "next/*",
        "react",
        "react/*",
        "react-dom",
        "react-dom/*",
        "@prisma/*",
        "@/lib/generated/*",
        "@/lib/db",
        "@/lib/server/*",
      ],
      message: "lib/netsim is a pure library that runs in the browser: no framework or database imports.",
    },
    {
      group: [
        "node:*",
        "fs",
        "path",
        "os",
        "crypto",
        "child_process",
        "net",
        "http",
        "url",
        "util",
        "stream",
        "events",
        "buffer",
      ],
      message: "lib/netsim runs in the browser: no Node.js built-ins.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "e2e/.artifacts/**",
      ".data/**",
      "next-env.d.ts",
      "scripts/prisma-schema-engine.mjs",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Habit 7: the simulator is a functional core.
    files: ["lib/netsim/**/*.ts"],
    rules: { "no-restricted-imports": ["error", netsimForbidden] },
  },
  {
    // lib/netsim is used through its entry points only: index (browser), authoring (parse/validate), testing.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["lib/netsim/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/netsim/*",
                "!@/lib/netsim/authoring",
                "!@/lib/netsim/testing",
                "**/lib/netsim/*",
                "!**/lib/netsim/authoring",
                "!**/lib/netsim/testing",
                "../netsim/*",
                "!../netsim/authoring",
              ],
              message:
                "Import lib/netsim through its entry points: @/lib/netsim (browser), @/lib/netsim/authoring (parse, Markdown), @/lib/netsim/testing (fixtures).",
            },
          ],
        },
      ],
    },
  },
  {
    // Habit 1: no bare "use server" module outside route segments' actions.ts and the one wrapper.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/action.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > ExpressionStatement > Literal[value='use server']",
          message: "Server actions live in app/**/actions.ts and go through lib/action.ts.",
        },
      ],
    },
  },
  {
    // Habit 8: e2e tests wait for conditions, never for time.
    files: ["e2e/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "waitForTimeout", message: "Wait for a condition (expect(...).toBeVisible()), not for time." },
      ],
    },
  },
  {
    files: ["scripts/**/*.ts", "bench/**/*.ts", "tests/**/*.ts", "e2e/**/*.ts"],
    rules: { "no-console": "off" },
  },
  // Formatting belongs to Prettier (`npm run format`); turn off every stylistic rule that could disagree with it.
  prettier,
);
