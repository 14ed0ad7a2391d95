// Every API route and every server action goes through the request pipeline: a route
// cannot forget the origin check, the body's type and schema, the actor, the permission,
// the rate limit or the audit metadata.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { THROUGH_PIPELINE } from "@/lib/server/http/endpoint";

const ROOT = path.resolve(__dirname, "../../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(full, match);
    return match(entry.name) ? [full] : [];
  });
}

describe("the request pipeline covers", () => {
  const routes = filesUnder(path.join(ROOT, "app/api/v1"), (name) => name === "route.ts");

  it("finds the API's routes", () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  for (const file of routes) {
    const name = path.relative(ROOT, file);
    it(`every handler of ${name}`, async () => {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const handlers = METHODS.filter((method) => method in routeModule);
      expect(handlers.length).toBeGreaterThan(0);
      for (const method of handlers) {
        const handler = routeModule[method] as Record<symbol, unknown>;
        expect(handler[THROUGH_PIPELINE], `${method} ${name} is not an endpoint(...)`).toBe(true);
      }
    });
  }

  it("every server action", () => {
    const sources = [
      ...filesUnder(path.join(ROOT, "app"), (n) => /\.tsx?$/.test(n)),
      ...filesUnder(path.join(ROOT, "lib"), (n) => /\.tsx?$/.test(n)),
      ...filesUnder(path.join(ROOT, "components"), (n) => /\.tsx?$/.test(n)),
    ];
    const actionFiles = sources.filter((file) =>
      /^\s*["']use server["']/m.test(fs.readFileSync(file, "utf8")),
    );
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const text = fs.readFileSync(file, "utf8");
      const exported = [...text.matchAll(/export async function (\w+)[\s\S]*?\n}\n/g)];
      expect(exported.length, `${file} exports no async function`).toBeGreaterThan(0);
      for (const [body, name] of exported) {
        expect(body, `server action ${name} in ${path.relative(ROOT, file)} does not use runAction`).toMatch(
          /runAction\(/,
        );
      }
    }
  });
});
