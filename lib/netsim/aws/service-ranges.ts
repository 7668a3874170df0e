/**
 * Public address ranges of AWS services per Region, as a gateway endpoint's prefix list (`pl-…`) and the public
 * endpoint of a service hold them [VPCE-GW]. Illustrative: S3 and DynamoDB in us-east-1 are ranges from AWS's
 * ip-ranges.json; every other (service, Region) pair gets a /22 of its own from 3.200.0.0/13, so that ranges of
 * different services and Regions never overlap, which is all the simulator needs [INF].
 */
import { cidrAddress, cidrContains, cidrFrom, type Cidr } from "../core/cidr";
import type { IpAddress } from "../core/address";

const REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "eu-west-1",
  "eu-west-2",
  "eu-central-1",
  "ap-northeast-1",
  "ap-northeast-3",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-south-1",
  "ca-central-1",
  "sa-east-1",
];

/** AWS services a flow may name as its destination (`to: s3`), reached by their public endpoint or a VPC endpoint. */
export const SERVICES = [
  "s3",
  "dynamodb",
  "sqs",
  "sns",
  "ssm",
  "ssmmessages",
  "ec2messages",
  "kms",
  "secretsmanager",
  "sts",
  "ecr.api",
  "ecr.dkr",
  "logs",
  "monitoring",
  "execute-api",
  "kinesis-streams",
  "lambda",
] as const;

const KNOWN: Record<string, string[]> = {
  "s3|us-east-1": ["52.216.0.0/15", "54.231.0.0/16"],
  "dynamodb|us-east-1": ["52.94.0.0/22", "3.218.180.0/22"],
};

function indexOf(list: readonly string[], v: string): number {
  const i = list.indexOf(v);
  if (i >= 0) return i;
  let h = 0;
  for (const ch of v) h = (h * 31 + ch.charCodeAt(0)) % 1000;
  return list.length + (h % 40);
}

/** The public ranges of `service` in `region` (the members of its prefix list). */
export function serviceRanges(service: string, region: string): Cidr[] {
  const known = KNOWN[`${service}|${region}`];
  if (known) return known.map((t) => cidrFrom(t)).filter((c): c is Cidr => c !== null);
  const r = indexOf(REGIONS, region);
  const s = indexOf(SERVICES, service);
  const n = r * 64 + s; // /22 blocks from 3.200.0.0
  const c = cidrFrom(`3.${200 + Math.floor(n / 64)}.${(n % 64) * 4}.0/22`);
  return c ? [c] : [];
}

/** The address a client reaches the service's public endpoint at. */
export function servicePublicIp(service: string, region: string): IpAddress | null {
  const c = serviceRanges(service, region)[0];
  return c ? cidrAddress(c, 10) : null;
}

/** The prefix list's id and name as the console shows them (`pl-…`, `com.amazonaws.<region>.<service>`). */
export function prefixListOf(service: string, region: string): { id: string; name: string } {
  let h = 0x811c9dc5;
  for (const ch of `${service}|${region}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return { id: `pl-${h.toString(16).padStart(8, "0")}`, name: `com.amazonaws.${region}.${service}` };
}

/** Which service and Region a public address belongs to, if any (for flows that reach a service by the internet). */
export function serviceAt(ip: IpAddress, regions: readonly string[], services: readonly string[]): string | null {
  for (const region of regions)
    for (const service of services)
      if (serviceRanges(service, region).some((c) => cidrContains(c, ip))) return `${service}|${region}`;
  return null;
}

/** The AWS services a gateway endpoint serves [VPCE-GW]. */
export const GATEWAY_SERVICES = ["s3", "dynamodb"] as const;
