import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const shared = {
  resolve: { alias: { "@": root("./") } },
};

const reportDir = process.env.CLAIMDESK_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    // CI collects every run's JSON report to print one "N passed, M failed" line.
    reporters: reportDir ? ["default", "json"] : ["default"],
    ...(reportDir ? { outputFile: { json: `${reportDir}/vitest-${Date.now()}-${process.pid}.json` } } : {}),
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // Use cases are imported directly; the "server-only" marker would refuse that.
          alias: { "server-only": root("./tests/support/server-only.ts") },
          setupFiles: ["./tests/support/fresh-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
