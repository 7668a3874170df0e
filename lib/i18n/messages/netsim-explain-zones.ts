// Sentences for the simulator's Availability Zone and failure facts (SCENARIO.md §3c), merged into netsim-explain.ts.
// Same conventions: {name} is a parameter; in an object, `text` is the sentence and every other key a fragment shown
// only when that parameter is set.
export const zonesJa = {
  tgwNoAttachmentInAz:
    "Transit Gateway {tgw} のアタッチメント {attachment} には {az} のサブネットがありません。アタッチメントのサブネットがないアベイラビリティーゾーンのリソースは、ルートがあっても Transit Gateway に到達できません。",
  connectionDown:
    "オンプレミスのネットワーク {network} への接続がすべて停止しているため、どちらの方向にも通信を運べません (BGP のルートも取り下げられます)。",
  whenDown: {
    text: "{isAz}{isComponent}{cause}",
    isAz: "アベイラビリティーゾーン {component} が停止したとき: ",
    isComponent: "{component} が停止したとき: ",
  },
  endpointServiceNoLb:
    "エンドポイントサービス {service} のネットワークロードバランサー {lb} がまだないため、インターフェイスエンドポイントに届いた接続の転送先がありません。",
  lbNoServedTarget:
    "ロードバランサー {lb} のポート {port} のリスナーには、転送できるターゲットがありません (有効にしたアベイラビリティーゾーンにある、正常なターゲットだけに転送します)。",
  failureHostDown: "宛先の {host} が停止しています。",
  failureNoClient: "{host} に接続するクライアントが 1 つも残りません (すべて停止した場所にあります)。",
  choiceFailsWhenDown: "不要です (障害に耐えません)。すべてが正常なら目的の通信は届きますが、{failure}",
};

/** Learner sentences for changes AWS refuses (merged into the `invalid` dictionary of netsim-explain.ts). */
export const zonesInvalidJa = {
  oneSubnetPerAz:
    "トランジットゲートウェイの VPC アタッチメントとロードバランサーに指定できるサブネットは、アベイラビリティーゾーンごとに 1 つだけです。",
  albTarget:
    "ALB をターゲットにできるのは NLB の TCP リスナーだけで、同じ VPC にあり、ALB のリスナーのポートに転送する必要があります。",
  endpointServiceLb:
    "エンドポイントサービスに使えるのはネットワークロードバランサー (またはゲートウェイロードバランサー) だけです。",
  tunnelOptions: "DPD のタイムアウトは 30 秒以上で、トンネルオプションは Site-to-Site VPN 接続の設定です。",
};
