// Sentences for the simulator's connected-network facts (peering, transit gateway, VPN / Direct Connect, VPC endpoints,
// PrivateLink, Network Load Balancer), merged into netsim-explain.ts. Same conventions: {name} is a parameter; in an
// object, `text` is the sentence and every other key a fragment shown only when that parameter is set.
export const connectJa = {
  peeringNotActive: "ピアリング接続 {pcx} はまだ承諾されていない (pending-acceptance) ため、トラフィックを通しません。",
  peeringForward: "VPC ピアリング接続 {pcx} がパケットをピア VPC {vpc} へ渡します。",
  peeringNoTransit:
    "ピアリング接続 {via} は VPC {vpc} 内のアドレス宛てしか運べません。{dst} はその外なので破棄されます (推移的ルーティングも、ピアのインターネットゲートウェイ・NAT ゲートウェイ・VPN・ゲートウェイエンドポイントの利用もできません)。",
  vgwNoTransit:
    "仮想プライベートゲートウェイ {via} は VPC {vpc} 内のアドレス宛てしか運べません。{dst} はその外なので破棄されます (ピア VPC やインターネットへの中継はできません)。",
  tgwNoAssociation:
    "Transit Gateway {tgw} のアタッチメント {attachment} はどのルートテーブルにも関連付けられていないため、パケットを転送できません。",
  tgwNoRoute:
    "Transit Gateway {tgw} のルートテーブル {table} に {dst} へのルートがありません (関連付けと伝播の設定を確認してください)。",
  tgwBlackhole:
    "Transit Gateway {tgw} のルートテーブル {table} のブラックホールルート {route} がパケットを破棄します。",
  tgwForward:
    "Transit Gateway {tgw} がルートテーブル {table} のルート {route} で、アタッチメント {attachment} へ転送します。",
  vpnNoRoute: {
    text: "仮想プライベートゲートウェイ {gateway} の接続には {dst} 宛てのルートがありません。{isStatic}{isDynamic}{isDirectConnect}",
    isStatic: "静的ルーティングの VPN はその静的ルートのプレフィックスだけを送ります。",
    isDynamic:
      "BGP (動的ルーティング) の VPN は、オンプレミスのネットワーク {network} が BGP で広告したプレフィックスだけを送ります。",
    isDirectConnect:
      "Direct Connect は、オンプレミスのネットワーク {network} が BGP で広告したプレフィックスだけを送ります。",
  },
  vgwOut: {
    text: "仮想プライベートゲートウェイ {gateway} が{isDirectConnect}オンプレミスのネットワーク {network} へ送ります。",
    isDirectConnect: " Direct Connect 経由で",
  },
  onPremReceived: "オンプレミス ({network}) の {host} が受け取ります。",
  onPremNoHost: "{dst} はオンプレミスのネットワーク {network} のアドレス範囲外です。",
  onPremNoRoute: {
    text: "オンプレミス ({network}) のルーターに AWS 側の {dst} へのルートがありません{isForward}{isReturn}。{isDynamic}",
    isForward: " (行きの経路がありません)",
    isReturn: " (戻りの経路がありません)",
    isDynamic: "BGP が広告された経路を学習していません。",
  },
  onPremToAws: {
    text: "オンプレミス ({network}) のルーターが{isDirectConnect} {gateway} へ送ります。",
    isDirectConnect: " Direct Connect 経由で",
  },
  gatewayEndpointOut:
    "ゲートウェイエンドポイント {endpoint} がプレフィックスリスト {prefixList} のルートで {service} への要求を AWS のネットワーク内で運びます (インターネットや NAT ゲートウェイを通りません)。",
  gatewayEndpointBack: "応答がゲートウェイエンドポイント {endpoint} を通って VPC に戻ります。",
  serviceReceived: "{region} の {service} が要求を受け取ります。",
  endpointPolicyDeny: {
    text: "VPC エンドポイント {endpoint} のエンドポイントポリシーが {action} ({resource}) を拒否します{isExplicit}{isImplicit}。",
    isExplicit: " (明示的な拒否ステートメント)",
    isImplicit: " (許可するステートメントがありません)",
  },
  endpointNotAccepted:
    "エンドポイント {endpoint} からエンドポイントサービス {service} への接続はサービス提供者にまだ承諾されていません。",
  interfaceEndpointReceived:
    "インターフェイスエンドポイント {endpoint} のネットワークインターフェイスが {service} への要求を受け取り、AWS のネットワーク内でサービスへ渡します。",
  noEndpointForService:
    "VPC {vpc} にはエンドポイントサービス {service} のインターフェイスエンドポイントがないため、到達できません。",
  nlbPreservesClient:
    "ネットワークロードバランサー {lb} はクライアントの IP アドレス {client} を保持したまま {target} へ転送します (ターゲットのセキュリティグループと NACL にはクライアントのアドレスが見えます)。",
  nlbReplyBack: "応答はネットワークロードバランサー {lb} が追跡している接続に戻ります。",
  homeOtherHost: "ルーターはこのパケットを {host} へ転送するため、{wanted} には届きません。",
};

export const connectEn: typeof connectJa = {
  peeringNotActive:
    "Peering connection {pcx} has not been accepted yet (pending acceptance), so it carries no traffic.",
  peeringForward: "VPC peering connection {pcx} hands the packet to the peer VPC {vpc}.",
  peeringNoTransit:
    "Peering connection {via} carries traffic only to addresses inside VPC {vpc}; {dst} is outside it, so the packet is dropped (no transitive routing, and no use of the peer's internet gateway, NAT gateway, VPN or gateway endpoint).",
  vgwNoTransit:
    "Virtual private gateway {via} carries traffic only to addresses inside VPC {vpc}; {dst} is outside it, so the packet is dropped (no transit to a peer VPC or the internet).",
  tgwNoAssociation:
    "Transit gateway {tgw}: attachment {attachment} is not associated with any route table, so the packet cannot be routed.",
  tgwNoRoute:
    "Transit gateway {tgw}: route table {table} has no route to {dst} (check its associations and propagations).",
  tgwBlackhole: "Transit gateway {tgw}: the blackhole route {route} in route table {table} drops the packet.",
  tgwForward: "Transit gateway {tgw} forwards by route {route} of route table {table} to attachment {attachment}.",
  vpnNoRoute: {
    text: "The connection of virtual private gateway {gateway} has no route to {dst}:{isStatic}{isDynamic}{isDirectConnect}",
    isStatic: " a VPN with static routing sends only the prefixes of its static routes.",
    isDynamic:
      " a VPN with BGP (dynamic routing) sends only the prefixes the on-premises network {network} advertises over BGP.",
    isDirectConnect: " Direct Connect sends only the prefixes the on-premises network {network} advertises over BGP.",
  },
  vgwOut: {
    text: "Virtual private gateway {gateway} sends it{isDirectConnect} to the on-premises network {network}.",
    isDirectConnect: " over Direct Connect",
  },
  onPremReceived: "{host} on premises ({network}) receives it.",
  onPremNoHost: "{dst} is outside the address ranges of the on-premises network {network}.",
  onPremNoRoute: {
    text: "The on-premises router ({network}) has no route to {dst} on the AWS side{isForward}{isReturn}.{isDynamic}",
    isForward: " (there is no forward path)",
    isReturn: " (there is no return path)",
    isDynamic: " BGP has not learned an advertised route for it.",
  },
  onPremToAws: {
    text: "The on-premises router ({network}) sends it{isDirectConnect} to {gateway}.",
    isDirectConnect: " over Direct Connect",
  },
  gatewayEndpointOut:
    "Gateway endpoint {endpoint} carries the request to {service} inside the AWS network by the prefix list route {prefixList} (no internet, no NAT gateway).",
  gatewayEndpointBack: "The reply comes back into the VPC through gateway endpoint {endpoint}.",
  serviceReceived: "{service} in {region} receives the request.",
  endpointPolicyDeny: {
    text: "The endpoint policy of VPC endpoint {endpoint} denies {action} on {resource}{isExplicit}{isImplicit}.",
    isExplicit: " (an explicit deny statement)",
    isImplicit: " (no statement allows it)",
  },
  endpointNotAccepted:
    "The connection from endpoint {endpoint} to endpoint service {service} has not been accepted by the service provider yet.",
  interfaceEndpointReceived:
    "The network interface of interface endpoint {endpoint} receives the request to {service} and passes it to the service inside the AWS network.",
  noEndpointForService:
    "VPC {vpc} has no interface endpoint for endpoint service {service}, so the service cannot be reached.",
  nlbPreservesClient:
    "Network Load Balancer {lb} forwards to {target} keeping the client's IP address {client} (the target's security group and network ACL see the client's address).",
  nlbReplyBack: "The reply returns to the connection Network Load Balancer {lb} tracks.",
  homeOtherHost: "The router forwards this packet to {host}, so it never reaches {wanted}.",
};
