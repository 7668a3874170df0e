/**
 * Golden tests for resource policies, path conditions and path constraints (SCENARIO.md §3d): what an S3 bucket policy
 * or a KMS key policy sees on each path (aws:SourceVpce / aws:SourceVpc through an endpoint, aws:SourceIp through a NAT
 * gateway or from the internet), conditions in endpoint policies, flows that must avoid a NAT gateway or an interface
 * endpoint, endpoint-specific DNS names, cross-Region endpoints. Each case names the verdict and the deciding reason.
 */
import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, simulate, validateScenario } from "./authoring";
import { scenarioOf, variant } from "./test-helpers";
import type { FlowResult } from "./core/trace";
import type { Scenario } from "./scenario/schema";

const flow = (s: Scenario, name: string, choices: string[] = []): FlowResult => {
  const f = simulate(s, { choices }).flows.find((x) => x.flow === name && x.os === "linux");
  if (!f) throw new Error(`no flow ${name}`);
  return f;
};
const BUCKET = "arn:aws:s3:::finance-reports";

/** A VPC with a NAT gateway (52.0.0.10) and, in `withEndpoint`, an S3 gateway endpoint; an outside client; a bucket policy. */
const bucketScenario = (condition: string, withEndpoint: boolean) =>
  scenarioOf(
    `
vpc: { cidr: 10.0.0.0/16, region: us-east-1, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [ { to: 0.0.0.0/0, via: nat } ] }
natGateways:
  nat: { subnet: public, elasticIp: 52.0.0.10 }
endpoints:
  ${withEndpoint ? "s3-gw: { type: gateway, service: s3, routeTables: [private-rt] }" : "{}"}
hosts:
  app: { subnet: private }
internet:
  outside: { ip: 203.0.113.66 }
resourcePolicies:
  reports:
    kind: bucket
    resource: "${BUCKET}"
    statements:
      - { effect: deny, actions: ["s3:*"], resources: ["${BUCKET}/*"], condition: ${condition} }
goals:
  - { name: read, from: app, to: s3, app: https, action: "s3:GetObject", resource: "${BUCKET}/q3.pdf" }
  - { name: other-bucket, from: app, to: s3, app: https, action: "s3:GetObject", resource: "arn:aws:s3:::public-assets/logo.png" }
forbidden:
  - { name: outside, from: outside, to: s3, app: https, action: "s3:GetObject", resource: "${BUCKET}/q3.pdf" }
`.replace("endpoints:\n  {}", "endpoints: {}"),
  );

describe("bucket policies see the path the request took", () => {
  it("through a NAT gateway the bucket sees the NAT gateway's Elastic IP as aws:SourceIp", () => {
    const s = bucketScenario(`{ NotIpAddress: { "aws:SourceIp": 52.0.0.10/32 } }`, false);
    expect(flow(s, "read").verdict).toBe("delivered");
    const outside = flow(s, "outside");
    expect(outside.isSatisfied).toBe(true);
    expect(outside.counterexample?.reason).toBe("RESOURCE_POLICY_DENY");
    expect(explainText(outside.counterexample?.fact ?? { code: "" }).en).toContain("203.0.113.66");
  });

  it("through a gateway endpoint aws:SourceIp is absent, so NotIpAddress denies even a private range", () => {
    for (const range of ["52.0.0.10/32", "[52.0.0.10/32, 10.0.0.0/16]"]) {
      const read = flow(bucketScenario(`{ NotIpAddress: { "aws:SourceIp": ${range} } }`, true), "read");
      expect(read.verdict).toBe("blocked");
      expect(read.counterexample?.reason).toBe("RESOURCE_POLICY_DENY");
      expect(explainText(read.counterexample?.fact ?? { code: "" }).en).toContain("no aws:SourceIp");
    }
    // A positive IpAddress condition on an absent key is false: that deny does not apply.
    expect(flow(bucketScenario(`{ IpAddress: { "aws:SourceIp": 0.0.0.0/0 } }`, true), "read").verdict).toBe(
      "delivered",
    );
  });

  it("aws:SourceVpce and aws:SourceVpc name the endpoint and its VPC; aws:VpcSourceIp the private address", () => {
    const vpce = bucketScenario(`{ StringNotEquals: { "aws:SourceVpce": s3-gw } }`, true);
    expect(flow(vpce, "read").verdict).toBe("delivered");
    expect(flow(vpce, "outside").isSatisfied).toBe(true); // no aws:SourceVpce from the internet: the deny applies
    expect(flow(vpce, "other-bucket").verdict).toBe("delivered"); // the policy governs its own bucket only
    expect(flow(bucketScenario(`{ StringNotEquals: { "aws:SourceVpc": vpc } }`, true), "read").verdict).toBe(
      "delivered",
    );
    expect(flow(bucketScenario(`{ StringNotLike: { "aws:SourceVpce": "s3-*" } }`, true), "read").verdict).toBe(
      "delivered",
    );
    const vpcIp = bucketScenario(`{ NotIpAddress: { "aws:VpcSourceIp": 10.0.1.0/24 } }`, true);
    expect(flow(vpcIp, "read").verdict).toBe("delivered");
    // Without the endpoint the request goes by the NAT gateway and carries no aws:SourceVpce.
    expect(flow(bucketScenario(`{ StringNotEquals: { "aws:SourceVpce": s3-gw } }`, false), "read").verdict).toBe(
      "blocked",
    );
  });

  it("with no deny statement a bucket policy lets everyone with permissions in: the outside flow gets through", () => {
    const s = variant(bucketScenario(`{ StringNotEquals: { "aws:SourceVpce": s3-gw } }`, true), (c) => {
      c.resourcePolicies = {};
    });
    expect(flow(s, "outside").isSatisfied).toBe(false);
  });
});

const KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const kms = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, region: us-east-1 }
subnets:
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  private-rt: { routes: [] }
hosts:
  app: { subnet: private }
endpoints:
  kms-ep: { type: interface, service: kms, subnets: [private] }
resourcePolicies:
  key:
    kind: key
    resource: "${KEY}"
    statements:
      - { effect: allow, actions: ["kms:Decrypt"], resources: ["*"], condition: { StringEquals: { "aws:SourceVpce": kms-ep } } }
goals:
  - { name: decrypt, from: app, to: kms, app: https, action: "kms:Decrypt", resource: "${KEY}" }
forbidden:
  - { name: encrypt, from: app, to: kms, app: https, action: "kms:Encrypt", resource: "${KEY}" }
  - { name: leaked, from: internet, to: kms, app: https, action: "kms:Decrypt", resource: "${KEY}" }
`);

describe("KMS key policies", () => {
  it("need an allow of their own (implicit deny), and see the interface endpoint as aws:SourceVpce", () => {
    expect(flow(kms, "decrypt").verdict).toBe("delivered");
    const encrypt = flow(kms, "encrypt");
    expect(encrypt.counterexample?.reason).toBe("RESOURCE_POLICY_DENY");
    expect(explainText(encrypt.counterexample?.fact ?? { code: "" }).en).toContain("no statement of the key policy");
    const leaked = flow(kms, "leaked");
    expect(leaked.isSatisfied).toBe(true);
    expect(leaked.counterexample?.reason).toBe("RESOURCE_POLICY_DENY");
  });
});

describe("endpoint policy conditions", () => {
  it("an allow conditioned on aws:SourceIp never matches through the endpoint (the key is absent)", () => {
    const s = variant(kms, (c) => {
      const ep = c.endpoints["kms-ep"];
      if (ep)
        ep.policy = {
          statements: [
            {
              effect: "allow",
              actions: ["kms:*"],
              resources: ["*"],
              condition: { IpAddress: { "aws:SourceIp": "10.0.1.0/24" } },
            },
          ],
        };
    });
    expect(flow(s, "decrypt").counterexample?.reason).toBe("VPCE_POLICY_DENY");
    const ok = variant(s, (c) => {
      const st = c.endpoints["kms-ep"]?.policy?.statements[0];
      if (st) st.condition = { IpAddress: { "aws:VpcSourceIp": "10.0.1.0/24" } };
    });
    expect(flow(ok, "decrypt").verdict).toBe("delivered");
  });

  it("a full-access endpoint policy allows a flow that names no action (netq1 finding)", () => {
    const s = variant(kms, (c) => {
      const ep = c.endpoints["kms-ep"];
      if (ep) ep.policy = { statements: [{ effect: "allow", actions: ["kms:*"], resources: ["*"] }] };
      c.resourcePolicies = {};
      c.goals = [{ name: "any", from: "app", to: "kms", app: "https", family: "ipv4" }];
    });
    expect(flow(s, "any").verdict).toBe("delivered");
  });
});

const twoAz = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, region: us-east-1, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private-a: { cidr: 10.0.10.0/24, routeTable: a-rt }
  private-b: { cidr: 10.0.11.0/24, routeTable: b-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  a-rt: { routes: [ { to: 0.0.0.0/0, via: nat } ] }
  b-rt: { routes: [ { to: 0.0.0.0/0, via: nat } ] }
natGateways:
  nat: { subnet: public }
endpoints:
  s3-gw: { type: gateway, service: s3, routeTables: [a-rt] }
hosts:
  job-a: { subnet: private-a }
  job-b: { subnet: private-b }
goals:
  - { name: a, from: job-a, to: s3, app: https, action: "s3:PutObject", resource: "arn:aws:s3:::out/a", avoid: [nat-gateway, interface-endpoint] }
  - { name: b, from: job-b, to: s3, app: https, action: "s3:PutObject", resource: "arn:aws:s3:::out/b", avoid: [nat-gateway, interface-endpoint] }
choices:
  A: [ associateEndpointRouteTable: { endpoint: s3-gw, table: b-rt } ]
  B: [ createEndpoint: { name: s3-if, type: interface, service: s3, subnets: [private-b] } ]
  C: [ replaceRoute: { table: b-rt, to: 0.0.0.0/0, via: nat } ]
`);

describe("flows that must avoid a component", () => {
  it("a delivered flow through an avoided NAT gateway is not met, and the step that passed it is the counterexample", () => {
    const b = flow(twoAz, "b");
    expect(b.verdict).toBe("delivered");
    expect(b.isSatisfied).toBe(false);
    expect(b.counterexample?.reason).toBe("PATH_CONSTRAINT");
    const step = b.packets[b.counterexample?.packet ?? -1]?.steps.find((x) => x.seq === b.counterexample?.step);
    expect(step?.component).toBe("nat-gateway");
    expect(explainText(b.summary).en).toContain("charged per GB");
    expect(flow(twoAz, "a").isSatisfied).toBe(true);
  });

  it("classifies: the gateway endpoint is needed, an interface endpoint with private DNS is harmful, a NAT change is not needed", () => {
    const a = analyzeChoices(twoAz);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("harmful");
    expect(a.choices.B?.layer).toBe("gateway");
    expect(a.choices.C?.verdict).toBe("not-needed");
  });

  it("without avoid the NAT path meets the goal (the constraint is what makes cost provable)", () => {
    const s = variant(twoAz, (c) => {
      for (const g of c.goals) delete g.avoid;
    });
    expect(simulate(s).isGoalMet).toBe(true);
  });

  it("an endpoint-specific DNS name reaches the endpoint from a peered VPC; a peering hop can be avoided", () => {
    const s = scenarioOf(`
vpc: { name: a, cidr: 10.0.0.0/16 }
vpcs:
  b: { cidr: 10.1.0.0/16 }
subnets:
  sa: { cidr: 10.0.1.0/24, routeTable: ra }
  sb: { vpc: b, cidr: 10.1.1.0/24, routeTable: rb }
routeTables:
  ra: { routes: [ { to: 10.1.0.0/16, via: pcx } ] }
  rb: { vpc: b, routes: [ { to: 10.0.0.0/16, via: pcx } ] }
peerings:
  pcx: { requester: a, accepter: b }
securityGroups:
  ep-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.1.0.0/16 } ] }
  bsg: { vpc: b, kind: new }
endpoints:
  s3-if: { type: interface, service: s3, subnets: [sa], securityGroups: [ep-sg], privateDns: false }
hosts:
  app-b: { subnet: sb, securityGroups: [bsg] }
goals:
  - { name: via-peer, from: app-b, to: s3, app: https, endpoint: s3-if }
  - { name: no-peering, from: app-b, to: s3, app: https, endpoint: s3-if, avoid: [peering] }
  - { name: missing, from: app-b, to: s3, app: https, endpoint: nothing }
`);
    expect(flow(s, "via-peer").verdict).toBe("delivered");
    expect(flow(s, "no-peering").counterexample?.reason).toBe("PATH_CONSTRAINT");
    expect(flow(s, "missing").counterexample?.reason).toBe("NO_ENDPOINT");
  });
});

describe("endpoint Regions", () => {
  const base = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, region: ap-northeast-1 }
subnets:
  private: { cidr: 10.0.1.0/24, routeTable: rt }
routeTables:
  rt: { routes: [] }
endpoints:
  s3-gw: { type: gateway, service: s3, routeTables: [rt] }
hosts:
  job: { subnet: private }
goals:
  - { name: oregon, from: job, to: s3, region: us-west-2, app: https }
choices:
  A: [ createEndpoint: { name: gw-usw2, type: gateway, service: s3, region: us-west-2, routeTables: [rt] } ]
  B: [ createEndpoint: { name: if-usw2, type: interface, service: s3, region: us-west-2, subnets: [private] } ]
  C: [ setFlowRequest: { flow: oregon, region: ap-northeast-1 } ]
`);
  it("a gateway endpoint serves its own VPC's Region only; a cross-Region interface endpoint carries the request", () => {
    expect(flow(base, "oregon").counterexample?.reason).toBe("NO_ROUTE_TO_DESTINATION");
    const a = analyzeChoices(base);
    expect(a.choices.A?.verdict).toBe("invalid");
    expect(explainText(a.choices.A?.reason ?? { code: "" }).en).toContain("its VPC's own Region");
    expect(flow(base, "oregon", ["B"]).verdict).toBe("delivered");
    expect(flow(base, "oregon", ["C"]).verdict).toBe("delivered");
    expect(validateScenario(variant(base, (c) => void (c.choices = {})))).toEqual([]);
  });
});

const behind = (type: "application" | "network", extra: string, from: string) =>
  scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  app: { cidr: 10.0.1.0/24 }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  lb-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 0.0.0.0/0 } ] }
  web-sg: { kind: new, inbound: [ { proto: tcp, ports: 8080, from: lb-sg } ] }
hosts:
  web: { subnet: app, securityGroups: [web-sg], listens: [tcp/8080], clientIpFrom: ${from} }
loadBalancers:
  lb:
    type: ${type}
    subnet: public
    securityGroups: [lb-sg]
    listeners: [ { port: 443, proto: ${type === "network" ? "tcp" : "https"}, targetPort: 8080, targets: [web] } ]
    ${extra}
internet:
  customer: { ip: 198.51.100.23 }
goals:
  - { name: order, from: customer, to: lb, app: https, observe: [client-ip] }
`);

describe("what the application behind a load balancer learns about the client", () => {
  const met = (s: Scenario) => flow(s, "order").isSatisfied;
  it("an ALB target sees the ALB's address as the source, and the client's in X-Forwarded-For (unless removed)", () => {
    const source = flow(behind("application", "", "source"), "order");
    expect(source.verdict).toBe("delivered");
    expect(source.isSatisfied).toBe(false);
    expect(explainText(source.summary).en).toContain("198.51.100.23");
    expect(met(behind("application", "", "x-forwarded-for"))).toBe(true);
    expect(met(behind("application", "xffHeader: preserve", "x-forwarded-for"))).toBe(true);
    expect(met(behind("application", "xffHeader: remove", "x-forwarded-for"))).toBe(false);
    expect(met(behind("application", "", "proxy-protocol"))).toBe(false);
  });

  it("an NLB target sees the client as the source with client IP preservation, or in proxy protocol v2", () => {
    expect(met(behind("network", "", "source"))).toBe(true);
    expect(met(behind("network", "preserveClientIp: false", "source"))).toBe(false);
    expect(met(behind("network", "preserveClientIp: false\n    proxyProtocol: true", "proxy-protocol"))).toBe(true);
    expect(met(behind("network", "proxyProtocol: true", "source"))).toBe(false); // a header it cannot parse
    expect(met(behind("network", "", "x-forwarded-for"))).toBe(false); // an NLB adds no HTTP header
  });

  it("a Global Accelerator without client IP preservation hides the client from the load balancer, and so from X-Forwarded-For", () => {
    expect(met(behind("application", "accelerator: { preserveClientIp: true }", "x-forwarded-for"))).toBe(true);
    expect(met(behind("application", "accelerator: { preserveClientIp: false }", "x-forwarded-for"))).toBe(false);
    expect(met(behind("application", "accelerator: { preserveClientIp: true }", "source"))).toBe(false);
  });

  it("classifies: read the header (needed), replace the ALB by an NLB (invalid with a WAF web ACL, an alternative without)", () => {
    const s = variant(behind("application", "webAcl: shop-waf", "source"), (c) => {
      c.choices = {
        A: [{ replaceLoadBalancer: { loadBalancer: "lb", type: "network", preserveClientIp: true } }],
        B: [{ setClientIpSource: { host: "web", from: "x-forwarded-for" } }],
        C: [{ setLoadBalancerAttributes: { loadBalancer: "lb", accessLogs: true } }],
        D: [{ setAccelerator: { loadBalancer: "lb", preserveClientIp: true } }],
      };
    });
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["B"]);
    expect(a.choices.A?.verdict).toBe("invalid");
    expect(explainText(a.choices.A?.reason ?? { code: "" }).en).toContain("WAF web ACL");
    expect(a.choices.C?.verdict).toBe("not-needed");
    expect(a.choices.D?.verdict).toBe("not-needed");
    const withoutWaf = analyzeChoices(
      variant(s, (c) => {
        const lb = c.loadBalancers.lb;
        if (lb) delete lb.webAcl;
      }),
    );
    expect(withoutWaf.alternatives).toEqual([["B"]]);
    expect(withoutWaf.derivedKey).toEqual(["A"]);
  });
});

describe("validation", () => {
  it("names the rule for settings a load balancer type cannot have, and keeps requirements on goals", () => {
    const s = variant(behind("network", "", "source"), (c) => {
      const lb = c.loadBalancers.lb;
      if (lb) lb.webAcl = "waf";
      c.forbidden = [{ name: "x", from: "customer", to: "lb", app: "https", family: "ipv4", avoid: ["nat-gateway"] }];
    });
    const messages = validateScenario(s).map((p) => p.message);
    expect(messages.some((m) => m.includes("[WAF-RES]"))).toBe(true);
    expect(messages.some((m) => m.includes("requirements on goals"))).toBe(true);
  });
});
