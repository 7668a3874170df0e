import { describe, expect, it } from "vitest";
import {
  checkApp,
  checkCidr,
  checkPort,
  checkPorts,
  checkProto,
  checkRuleNumber,
} from "@/lib/netsim-ui/sandbox-fields";
import { readEditsParam } from "@/lib/netsim-ui/sandbox-edits";
import { readPacketParam } from "@/lib/netsim-ui/sandbox-state";

/** The sandbox's bad-input table: every field refuses what AWS (or a packet) cannot have, with the field's message. */
describe("sandbox fields", () => {
  it.each([
    ["port", checkPort, "0", false],
    ["port", checkPort, "99999", false],
    ["port", checkPort, "65536", false],
    ["port", checkPort, "abc", false],
    ["port", checkPort, "", false],
    ["port", checkPort, "-1", false],
    ["port", checkPort, "8.5", false],
    ["port", checkPort, "1", true],
    ["port", checkPort, "65535", true],
    ["ports", checkPorts, "0-80", false],
    ["ports", checkPorts, "80-22", false],
    ["ports", checkPorts, "1024-70000", false],
    ["ports", checkPorts, "http", false],
    ["ports", checkPorts, "80,443", false],
    ["ports", checkPorts, "all", true],
    ["ports", checkPorts, "", true],
    ["ports", checkPorts, "1024-65535", true],
    ["proto", checkProto, "tcpp", false],
    ["proto", checkProto, "6", false],
    ["proto", checkProto, "udp", true],
    ["cidr", checkCidr, "10.0.0.0/33", false],
    ["cidr", checkCidr, "300.1.1.1/32", false],
    ["cidr", checkCidr, "sg-web", false],
    ["cidr", checkCidr, "", false],
    ["cidr", checkCidr, "0.0.0.0/0", true],
    ["cidr", checkCidr, "::/0", true],
    ["ruleNumber", checkRuleNumber, "0", false],
    ["ruleNumber", checkRuleNumber, "32767", false],
    ["ruleNumber", checkRuleNumber, "40000", false],
    ["ruleNumber", checkRuleNumber, "1.5", false],
    ["ruleNumber", checkRuleNumber, "100", true],
    ["app", checkApp, "tcp/99999", false],
    ["app", checkApp, "tcp/0", false],
    ["app", checkApp, "tcp/abc", false],
    ["app", checkApp, "gopher", false],
    ["app", checkApp, "udp/500", true],
    ["app", checkApp, "https", true],
  ] as const)("%s %j → ok %s", (error, check, input, isOk) => {
    const r = (check as (text: string) => { ok: boolean; error?: string })(input);
    expect(r.ok).toBe(isOk);
    if (!isOk) expect(r.error).toBe(error);
  });
});

describe("sandbox URL state", () => {
  const endpoints = ["client", "web"];
  it.each([
    ["client>web:tcp/99999", "app"],
    ["client>web:tcp/0", "app"],
    ["client>nobody:http", "endpoint"],
    ["client>client:http", "sameEndpoint"],
    ["garbage", "app"],
  ])("packet=%s is refused with %s", (text, error) => {
    expect(readPacketParam(text, endpoints)).toEqual({ packet: null, error });
  });
  it("accepts a good packet", () => {
    expect(readPacketParam("client>web:tcp/8080", endpoints)).toEqual({
      packet: { from: "client", to: "web", app: "tcp/8080" },
      error: null,
    });
    expect(readPacketParam(undefined, endpoints)).toEqual({ packet: null, error: null });
  });
  it("says when edits cannot be read", () => {
    expect(readEditsParam("%%%").isBad).toBe(true);
    expect(readEditsParam(undefined)).toEqual({ edits: {}, isBad: false });
  });
});
