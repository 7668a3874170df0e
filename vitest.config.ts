import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside React Server Components; tests call server code directly.
// next-auth imports "next/server" without an extension, which Node's ESM resolver refuses: let Vite resolve it.
const server = { deps: { inline: ["next-auth", "@auth/core"] } };
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/stubs/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          server,
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          environment: "node",
          // The simulator's on-demand parts (lib/netsim/on-demand.ts) installed as on the server: tests import its modules
          // directly, not only through the entries that install them.
          setupFiles: ["lib/netsim/on-demand-static.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          server,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // One PostgreSQL for the run; files share it, so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
