/** The same packet gets the same verdict however its destination is written: by service name or by its address. */
import { describe, expect, it } from "vitest";
import { simulate } from "../index";
import { scenarioOf } from "../test-helpers";

const scenario = (to: string, app: string) =>
  scenarioOf(`
vpc: { cidr: 10.0.0.0/16 }
subnets:
  private: { cidr: 10.0.1.0/24, nacl: closed }
nacls:
  closed: { kind: custom }
securityGroups:
  locked: { kind: custom }
hosts:
  app: { subnet: private, ip: 10.0.1.10, securityGroups: [locked] }
goals:
  - { name: svc, from: app, to: ${JSON.stringify(to)}, app: ${app} }
`);

describe("AWS services by address (SG-15, NACL-10)", () => {
  it.each([
    ["amazon-dns", "10.0.0.2", "dns"],
    ["amazon-dns", "169.254.169.253", "dns"],
    ["imds", "169.254.169.254", "http"],
    ["time-sync", "169.254.169.123", "ntp"],
  ])("%s written as %s is delivered past a closed NACL and an empty group", (name, address, app) => {
    const byName = simulate(scenario(name, app)).flows[0];
    const byAddress = simulate(scenario(address, app)).flows[0];
    expect(byName?.verdict).toBe("delivered");
    expect(byAddress?.verdict).toBe("delivered");
    const exempt = byAddress?.packets[0]?.steps.find((s) => s.reason === "AWS_SERVICE_EXEMPT");
    expect(exempt?.fact.params?.service).toBe(name);
    expect(byAddress?.packets[0]?.steps[0]?.after.dst).toBe(address);
  });
  it("an address that is no service still meets the closed network", () => {
    expect(simulate(scenario("10.0.0.3", "dns")).flows[0]?.verdict).toBe("blocked");
  });
});
