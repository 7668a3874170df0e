// Sentences for the simulator's policy and path-constraint facts (resource policies with aws:SourceVpce / aws:SourceIp
// conditions, flows that must avoid a NAT gateway), merged into netsim-explain.ts. Same conventions as there.
export const policyJa = {
  resourcePolicyDeny: {
    text: "{service} のリソースポリシー {policy} が {action} ({resource}) を拒否します{isExplicit}{isImplicit}。{sourceVpce}{sourceIp}",
    isExplicit: " (条件に一致する明示的な拒否ステートメント)",
    isImplicit: " (キーポリシーに許可するステートメントがありません)",
    sourceVpce:
      "このリクエストは VPC エンドポイント {sourceVpce} を経由したため、aws:SourceVpce と aws:SourceVpc が含まれ、aws:SourceIp は含まれません。",
    sourceIp: "サービスから見た送信元はパブリック IP アドレス {sourceIp} で、aws:SourceVpce は含まれません。",
  },
  flowPassesAvoided: {
    text: "{flow} の要求は {node} を通ります{isNatGateway}{isInterfaceEndpoint}{isInternetGateway}{isTransitGateway}{isPeering}。この経路は要件で避けるべきものです。{isChargedPerGb}",
    isNatGateway: " (NAT ゲートウェイ)",
    isInterfaceEndpoint: " (インターフェイスエンドポイント)",
    isInternetGateway: " (インターネットゲートウェイ)",
    isTransitGateway: " (Transit Gateway)",
    isPeering: " (VPC ピアリング接続)",
    isChargedPerGb: "ここを通るデータには GB あたりのデータ処理料金がかかります。",
  },
  clientIpNotSeen: {
    text: "{target} のアプリケーションは利用者の IP アドレスを{isSource}{isXff}{isProxyProtocol}から読みますが、{lb} の背後では利用者のアドレス {client} を得られません{sees}{isNothing}{isUnparsable}。",
    isSource: "パケットの送信元",
    isXff: "X-Forwarded-For ヘッダー",
    isProxyProtocol: "プロキシプロトコルのヘッダー",
    sees: " (送信元は {sees} です)",
    isNothing: " (そのヘッダーは届きません)",
    isUnparsable: " (期待しない、または届かないプロキシプロトコルのヘッダーのため、リクエストを解釈できません)",
  },
  flowAvoidedHop: "{flow} ({os}): 届きますが要件を満たしません。{cause}",
};
