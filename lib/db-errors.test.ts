import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db-errors";

describe("database outage errors (issue #10, finding 5)", () => {
  it("recognises what Prisma and the pg adapter throw while PostgreSQL is down or the pool is exhausted", () => {
    // As observed: P1001 from a model query, P2010 from a raw query, both with the adapter's DatabaseNotReachable.
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Raw query failed"), {
          code: "P2010",
          meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), {
          code: "P2028",
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("x"), {
          code: "P2010",
          meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("wrapped", {
          cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
  });

  it("does not mistake bugs or expected database refusals for an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("x"), {
          code: "P2010",
          meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "22021" } } },
        }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
