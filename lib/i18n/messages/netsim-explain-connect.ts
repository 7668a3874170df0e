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
