// Topic chips (the `topics:` slugs of question files) in the reader's language. Known slugs have a name per language;
// any other slug is shown readably (hyphens as spaces, AWS acronyms in capitals), never as a raw slug.
import type { Locale } from "@/lib/i18n/locales";

const NAMES: Record<string, { ja: string; en: string }> = {
  vpc: { ja: "VPC", en: "VPC" },
  "network-acl": { ja: "ネットワーク ACL", en: "network ACL" },
  "security-group": { ja: "セキュリティグループ", en: "security group" },
  "security-group-reference": { ja: "セキュリティグループの参照", en: "security group reference" },
  "default-security-group": { ja: "デフォルトのセキュリティグループ", en: "default security group" },
  "ephemeral-ports": { ja: "エフェメラルポート", en: "ephemeral ports" },
  "route-table": { ja: "ルートテーブル", en: "route table" },
  "longest-prefix-match": { ja: "最長一致", en: "longest prefix match" },
  "blackhole-route": { ja: "ブラックホールルート", en: "blackhole route" },
  "internet-gateway": { ja: "インターネットゲートウェイ", en: "internet gateway" },
  "egress-only-internet-gateway": { ja: "Egress-only インターネットゲートウェイ", en: "egress-only internet gateway" },
  "nat-gateway": { ja: "NAT ゲートウェイ", en: "NAT gateway" },
  "regional-nat-gateway": { ja: "リージョン NAT ゲートウェイ", en: "regional NAT gateway" },
  "elastic-ip": { ja: "Elastic IP", en: "Elastic IP" },
  "public-subnet": { ja: "パブリックサブネット", en: "public subnet" },
  "private-subnet": { ja: "プライベートサブネット", en: "private subnet" },
  subnet: { ja: "サブネット", en: "subnet" },
  cidr: { ja: "CIDR", en: "CIDR" },
  "secondary-cidr": { ja: "セカンダリ CIDR", en: "secondary CIDR" },
  "private-address": { ja: "プライベートアドレス", en: "private address" },
  "shared-address-space": { ja: "共有アドレス空間", en: "shared address space" },
  "bastion-host": { ja: "踏み台ホスト", en: "bastion host" },
  "vpc-peering": { ja: "VPC ピアリング", en: "VPC peering" },
  "vpc-endpoint": { ja: "VPC エンドポイント", en: "VPC endpoint" },
  "gateway-endpoint": { ja: "ゲートウェイエンドポイント", en: "gateway endpoint" },
  "transit-gateway": { ja: "Transit Gateway", en: "Transit Gateway" },
  "site-to-site-vpn": { ja: "Site-to-Site VPN", en: "Site-to-Site VPN" },
  "direct-connect": { ja: "Direct Connect", en: "Direct Connect" },
  "hybrid-network": { ja: "ハイブリッドネットワーク", en: "hybrid network" },
  "dual-stack": { ja: "デュアルスタック", en: "dual stack" },
  "home-router": { ja: "家庭用ルーター", en: "home router" },
  "port-forwarding": { ja: "ポートフォワーディング", en: "port forwarding" },
  "dmz-host": { ja: "DMZ ホスト", en: "DMZ host" },
  "host-firewall": { ja: "ホストファイアウォール", en: "host firewall" },
  "stateful-firewall": { ja: "ステートフルファイアウォール", en: "stateful firewall" },
  "ip-filter": { ja: "IP フィルタ", en: "IP filter" },
  pinhole: { ja: "ピンホール", en: "pinhole" },
  "local-port": { ja: "ローカルポート", en: "local port" },
  "remote-port": { ja: "リモートポート", en: "remote port" },
  "port-set": { ja: "ポート集合", en: "port set" },
  "rule-order": { ja: "ルールの評価順", en: "rule order" },
  "dynamic-ip": { ja: "動的 IP アドレス", en: "dynamic IP address" },
  "dynamic-dns": { ja: "ダイナミック DNS", en: "dynamic DNS" },
  "ipv4-over-ipv6": { ja: "IPv4 over IPv6", en: "IPv4 over IPv6" },
  "availability-zone": { ja: "アベイラビリティーゾーン", en: "Availability Zone" },
  "multi-az": { ja: "マルチ AZ", en: "Multi-AZ" },
  "multi-region": { ja: "マルチリージョン", en: "multi-Region" },
  "auto-scaling": { ja: "Auto Scaling", en: "Auto Scaling" },
  "health-check": { ja: "ヘルスチェック", en: "health check" },
  "disaster-recovery": { ja: "災害対策", en: "disaster recovery" },
  "cost-optimization": { ja: "コスト最適化", en: "cost optimization" },
  "storage-classes": { ja: "ストレージクラス", en: "storage classes" },
  "read-replica": { ja: "リードレプリカ", en: "read replica" },
  "least-privilege": { ja: "最小権限", en: "least privilege" },
  "encryption-in-transit": { ja: "転送中の暗号化", en: "encryption in transit" },
  caching: { ja: "キャッシュ", en: "caching" },
  serverless: { ja: "サーバーレス", en: "serverless" },
  "spot-instances": { ja: "スポットインスタンス", en: "Spot Instances" },
  "reserved-instances": { ja: "リザーブドインスタンス", en: "Reserved Instances" },
  "data-transfer": { ja: "データ転送", en: "data transfer" },
};

const CAPITALS = new Set(["acm", "alb", "aws", "az", "cidr", "dax", "dns", "ebs", "ec2", "ecs", "efs", "elb", "ftp", "iam", "io2", "iops", "ipv4", "ipv6", "kms", "nlb", "ntp", "pcp", "rds", "rpo", "rto", "s3", "saml", "scim", "scp", "sns", "sqs", "ssh", "sse", "tls", "udp", "vpc", "vpn", "waf", "rtc", "napt", "cgnat", "upnp", "fifo", "gp2", "gp3"]);

/** A topic slug as a chip label in `locale`. */
export function topicLabel(slug: string, locale: Locale): string {
  const known = NAMES[slug];
  if (known) return known[locale];
  return slug.split("-").map((word) => (CAPITALS.has(word) ? word.toUpperCase() : word)).join(" ");
}
