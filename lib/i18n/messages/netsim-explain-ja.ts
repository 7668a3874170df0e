// The packet simulator's sentences, built from its facts (lib/netsim/explain). One entry per fact code. A placeholder
// {name} shows the fact's parameter; when the entry is an object, `text` is the sentence and every other key is a
// fragment put in place of {key} only when the parameter is set (true, a value, a non-empty port set).
// No row ids (SG-1, NACL-2 …) and no reason codes here: those are for authors and live in the facts.
import { connectJa } from "./netsim-explain-connect";
import { policyJa } from "./netsim-explain-policy";
import { zonesInvalidJa, zonesJa } from "./netsim-explain-zones";

export const ja = {
  terms: {
    dir: { inbound: "インバウンド", outbound: "アウトバウンド" },
    wanKind: {
      shared: "共有アドレス (100.64.0.0/10、CGNAT)",
      private: "プライベートアドレス (RFC 1918)",
      global: "グローバルアドレス",
      none: "アドレスなし",
    },
    noPorts: "なし",
    portsBrief: "{count} 個のポート ({ranges} 区間: {head}, …)",
    fallback: "(説明のない事実: {code})",
  },
  os: {
    linux: "Linux",
    "linux-legacy": "Linux (旧カーネル / AWS 記載値)",
    windows: "Windows Vista / Server 2008 以降",
    "windows-xp": "Windows XP / Server 2003",
    macos: "macOS",
    "nat-gateway": "NAT ゲートウェイ",
    elb: "Elastic Load Balancing",
    lambda: "AWS Lambda",
  },
  rules: {
    sgNone: "一致する許可ルールなし (拒否)",
    session: "追跡中の接続",
    natSession: "NAT のセッション",
    firewallDefault: "既定の動作 ({action})",
    firewallRule: "ルール {n}",
    action: { allow: "許可", block: "ブロック" },
    sgRule: { from: "{proto} {ports} 送信元 {peer}", to: "{proto} {ports} 送信先 {peer}" },
    icmpAllTypes: "すべてのタイプ",
    icmpType: "タイプ {n}",
    blackhole: "ブラックホール",
    propagated: "伝播",
    pinhole: "ピンホール",
    dsLiteB4: "DS-Lite B4: IPv4 を IPv6 にカプセル化して AFTR へ",
  },
  /** A host shown where the packet needs an address it does not have. */
  lacks: {
    "public-ipv4": "{host} (パブリック IP なし)",
    ipv4: "{host} (IPv4 アドレスなし)",
    ipv6: "{host} (IPv6 アドレスなし)",
    "wan-ipv4": "{host} (WAN 側の IPv4 アドレスなし)",
  },
  invalid: {
    sgDeny: "セキュリティグループには許可ルールしかなく、拒否ルールは作れません。",
    naclRuleNumber: "ネットワーク ACL のルール番号は 1〜32766 です。この番号のルールは作れません。",
    naclDuplicate: "同じ番号のルールがすでにあります。ネットワーク ACL のルールは編集できず、置き換えるだけです。",
    naclFinalRule: "最後の * ルールは変更も削除もできません。",
    natNoSecurityGroup:
      "NAT ゲートウェイにはセキュリティグループを関連付けられません (サブネットのネットワーク ACL が適用されます)。",
    oneInternetGateway: "1 つの VPC にアタッチできるインターネットゲートウェイは 1 つだけです。",
    routeExists: "この宛先へのルートはすでにあります。",
    missing: "存在しないリソースを指定しています。",
    other: "この変更は AWS では設定できません。",
    peeringOverlap: "CIDR ブロックが重なる VPC どうしはピアリング接続できません。",
    sgReferenceOtherRegion: "別のリージョンにあるピア VPC のセキュリティグループはルールで参照できません。",
    sgReferenceNotPeered:
      "セキュリティグループのルールで参照できるのは、同じ VPC かピアリング接続した VPC のグループだけです。",
    duplicateRoute: "1 つのルートテーブルに同じ宛先のルートを 2 つは作れません。",
    tgwAssociation: "Transit Gateway のアタッチメントを関連付けられるルートテーブルは 1 つだけです。",
    localRouteEqual:
      "宛先が VPC の CIDR ブロックと同じルートはローカルルートそのものです。同じ宛先のルートは追加できず、VPC 内の通信は常にローカルルートを通ります。",
    localRouteMoreSpecific:
      "ローカルルートより具体的なルートは、宛先がサブネットの CIDR ブロックと完全に一致し、ターゲットが NAT ゲートウェイかネットワークインターフェイスの場合にだけ作れます。",
    gatewayEndpointRegion:
      "ゲートウェイエンドポイントは VPC と同じリージョンのサービスにしか作れません。他のリージョンの S3 や DynamoDB への通信は扱えません。",
    wafApplicationOnly:
      "AWS WAF のウェブ ACL を関連付けられるのはアプリケーションロードバランサーで、ネットワークロードバランサーには関連付けられません (パスベースのルーティングのようなリスナールールもありません)。",
    ...zonesInvalidJa,
  },
  facts: {
    ...connectJa,
    ...policyJa,
    ...zonesJa,
    changeInvalid: "この変更は設定できません: {kind}",
    portsExhausted: "通れるポートが残っていません。",
    varClientPort: "クライアントのエフェメラルポート",
    varClientPortControl: "クライアントのエフェメラルポート (制御接続)",
    varClientPortData: "クライアントのエフェメラルポート (データ接続)",
    varPasvPort: "サーバーのパッシブポート",
    varPortCommand: "クライアントの PORT コマンドのポート",
    varLbPort: "ロードバランサーの送信元ポート ({target})",
    varNaptPort: "ルーターの NAPT ポート",
    varAftrPort: "AFTR の NAT44 ポート",
    natPortLabel: "NAT ゲートウェイの送信元ポート ({connection})",
    labelRequest: "{app} リクエスト",
    labelRequestPlain: "要求",
    labelPing: "ping (ICMP エコー要求)",
    labelReply: "応答",
    replyTo: "{request} の応答",
    labelFtpControl: "FTP 制御接続 (ポート 21)",
    labelFtpDataPassive: "FTP データ接続 (パッシブ: クライアントから接続)",
    labelFtpDataActive: "FTP データ接続 (アクティブ: サーバーから接続)",
    labelPortCommand: "PORT コマンド",
    labelToLb: "ロードバランサーへのリクエスト",
    labelLbToTarget: "ロードバランサーから {target} へのリクエスト",
    labelFromLb: "ロードバランサーからの応答",
    labelToService: "{service} への要求",
    labelSameLan: "{from} から {to} への接続 (同じ LAN)",
    labelConnection: "{from} から {to} への接続",
    sendPacket: "{host} がパケットを送信します ({proto} {src}:{sport} → {dst}:{dport})。",
    sendIcmp: {
      text: "{host} がパケットを送信します ({proto}{isEchoRequest}{isEchoReply}{isOtherIcmp}、{src} → {dst})。",
      isEchoRequest: " エコー要求 (タイプ {icmpNumber})",
      isEchoReply: " エコー応答 (タイプ {icmpNumber})",
      isOtherIcmp: " タイプ {icmpNumber}",
    },
    sendSimple: "{host} が送信します ({src} → {dst})。",
    received: "{host} が受信しました。",
    receivedReply: "{host} が応答を受信しました。",
    replies: "{host} が応答します。",
    connects: "{host} が {dst} のポート {port} に接続します。",
    connectsTo: "{host} が {to} に接続します。",
    noAddressToReach: {
      text: "{host} には{isIpv6}{isIpv4}がないため、宛先として指定できません。",
      isIpv6: "IPv6 アドレス",
      isIpv4: "パブリック IP / Elastic IP",
    },
    senderNoAddress: "送信元に {family} アドレスがありません。",
    noIpv6Address: "{host} に IPv6 アドレスがありません。",
    naclAllow:
      "ネットワーク ACL {nacl} の{dir}ルール {rule} ({ruleText}) が宛先ポート {ports} を許可しました。ルールは番号の小さい順に評価され、最初に一致したルールが適用されます。",
    naclAllowIcmp: {
      text: "ネットワーク ACL {nacl} の{dir}ルール {rule} ({ruleText}) が ICMP {isEchoRequest}{isEchoReply}{isOtherIcmp}を許可しました。ルールは番号の小さい順に評価され、最初に一致したルールが適用されます。",
      isEchoRequest: "エコー要求 (タイプ {icmpNumber}) ",
      isEchoReply: "エコー応答 (タイプ {icmpNumber}) ",
      isOtherIcmp: "タイプ {icmpNumber} ",
    },
    naclDeny: {
      text: "ネットワーク ACL {nacl} の{dir}ルール {rule} ({ruleText}) が拒否しました。{isFinalRule}ネットワーク ACL はステートレスなので、応答にも許可ルールが必要です。{replyPorts}",
      isFinalRule: "許可するルールがなく、最後の * ルールで拒否されます。",
      replyPorts:
        "この応答の宛先ポートはサービスのポートではなく、クライアントの OS が選んだエフェメラルポート ({replyPorts}) です。",
    },
    naclPartial:
      "ネットワーク ACL {nacl} の{dir}ルールはポート {passed} だけを許可し、ポート {denied} はルール {rule} で拒否されます。",
    naclDenyPorts: {
      text: "ネットワーク ACL {nacl} の{dir}ルール {rule} がポート {ports} を拒否します。{replyPorts}",
      replyPorts: "応答の宛先はクライアントのエフェメラルポートです。",
    },
    sgDeny: {
      text: "セキュリティグループ {groups} に、この通信 ({proto}{ports}{isEchoRequest}{isEchoReply}{isOtherIcmp}) を許可する{dir}ルールがありません。セキュリティグループには許可ルールしかなく、どのルールにも一致しない通信は拒否されます。",
      ports: " ポート {ports}",
      isEchoRequest: " エコー要求、タイプ {icmpNumber}",
      isEchoReply: " エコー応答、タイプ {icmpNumber}",
      isOtherIcmp: " タイプ {icmpNumber}",
    },
    sgDenyPorts: "セキュリティグループ {groups} はポート {ports} を許可していません。",
    sgAllowRequest:
      "セキュリティグループ {group} の{dir}ルール ({ruleText}) が許可しました。セキュリティグループはステートフルなので、この接続は追跡され、応答は自動的に許可されます。",
    sgAllowRequestOpen:
      "セキュリティグループ {group} の{dir}ルール ({ruleText}) が許可しました。応答も許可されます: 逆方向のルール ({replyRule}) がすべての通信を許可しているからです。",
    sgAllowReplyByRule:
      "応答は許可されます: セキュリティグループ {group} の{dir}ルール ({ruleText}) がすべての通信を許可しています。要求側のルールがすべての送信元を許可し、逆方向もすべて許可されているため、AWS はこの接続を追跡せずルールだけで通します。",
    sgAllow: "セキュリティグループ {group} の{dir}ルール ({ruleText}) が許可しました。",
    sgSession:
      "セキュリティグループはステートフルです。この応答は追跡中の接続に属するため、{dir}ルールに関係なく許可されます。",
    firewallSession: "{host} のホストファイアウォールは、すでに通した接続への応答を許可しました。",
    firewallAllow: {
      text: "{host} のホストファイアウォールが許可しました ({rule}ローカルポート {local}、リモートポート {remote})。",
      rule: "ルール {rule}、",
    },
    firewallBlock: {
      text: "{host} のホストファイアウォールが{dir}通信 (ローカルポート {local}、リモートポート {remote}) をブロックしました。{rule}{isDefault}",
      rule: "ブロックしたのはルール {rule} です。",
      isDefault: "一致する許可ルールがないため、既定の動作 (ブロック) が適用されました。",
    },
    firewallBlockPorts: {
      text: "ホストファイアウォールがポート {ports} をブロックします。{rule}{isDefault}",
      rule: "ブロックしたのはルール {rule} です。",
      isDefault: "一致する許可ルールがなく、既定の動作でブロックされます。",
    },
    notListening: "{host} は {proto} ポート {ports} で待ち受けていません。",
    loopBackstop: "パケットの経路がループしています。宛先に届かないまま転送が繰り返されます。",
    noRoute: {
      text: "ルートテーブル {table} に {dst} へのルートがありません。{isIpv6}",
      isIpv6: "IPv6 には ::/0 のルートが別に必要です。",
    },
    routeLoop:
      "ルーティングがループしています: ルート {route} により、パケットがすでに通ったルートテーブル {table} に戻ってきます。",
    blackhole: "ルート {route} のターゲットが存在しないため (ブラックホール)、パケットは破棄されます。",
    natInstanceLoop:
      "ルーティングがループしています: {host} のサブネットのルートテーブルが、{host} 自身が転送するパケットを {host} に戻しています。NAT インスタンスは、インターネットゲートウェイへのルートがあるパブリックサブネットに置く必要があります。",
    natGatewayLoop:
      "ルーティングがループしています: NAT ゲートウェイ {nat} のサブネットのルートテーブルが、通信を {nat} 自身に戻しています。NAT ゲートウェイは、インターネットゲートウェイへのルートがあるパブリックサブネットに置く必要があります。",
    routeForward: "ルートテーブル {table}: 最も長く一致するルート {route} で転送します。",
    noInterface: "VPC 内に {dst} を持つネットワークインターフェイスがありません。",
    awsServiceAddress:
      "{dst} は {service} のアドレスです。この通信はセキュリティグループとネットワーク ACL でフィルタリングされません。",
    sameSubnet: "送信元と宛先が同じサブネット {subnet} にあるため、ネットワーク ACL は評価されません。",
    sourceDestCheck:
      "{host} 宛てではないパケットです。送信元/送信先チェックが有効 (既定) なインスタンスは、自分宛て以外のパケットを破棄します。NAT インスタンスではこのチェックを無効にする必要があります。",
    natInstanceNoSession:
      "この応答は NAT インスタンス {host} を経由して始まった接続のものではないため、変換できません。",
    natInstanceIpv4Only: "NAT インスタンスが変換するのは IPv4 だけです。",
    natInstanceOut:
      "NAT インスタンス {host} (送信元/送信先チェック無効) が転送し、送信元を {from} から自身のアドレス {to} に変換します。",
    natInstanceBack: "NAT インスタンス {host} が応答の宛先を {to} に戻して転送します。",
    igwNoPublicIp:
      "送信元 {src} にパブリック IP / Elastic IP がないため、インターネットゲートウェイはアドレスを変換できず、インターネットに出られません。",
    igwOut: "インターネットゲートウェイが送信元 {from} を {host} のパブリック IP {to} に 1 対 1 で変換します。",
    igwIn: "インターネットゲートウェイが宛先のパブリック IP {from} を {host} のプライベート IP {to} に変換します。",
    igwIpv6: "IPv6 は変換されずにインターネットゲートウェイを通過します。",
    eigwOut: "Egress-only インターネットゲートウェイが IPv6 の送信を通し、応答のために状態を保持します。",
    eigwNoSession: "Egress-only インターネットゲートウェイは、インターネットから始まる IPv6 接続を通しません。",
    eigwReply: "送信済みの接続への応答なので、Egress-only インターネットゲートウェイを通過します。",
    natGatewayNoSessionOut:
      "この応答は NAT ゲートウェイを経由して始まった接続のものではありません。NAT ゲートウェイは外部から始まった接続の応答を運べません。",
    natGatewayNoSessionIn:
      "NAT ゲートウェイに一致するセッションがありません。NAT ゲートウェイは外部から始まる接続を受け付けず、ポートフォワーディングもできません。",
    natGatewayIpv4Only:
      "NAT ゲートウェイは IPv4 専用です。IPv6 には Egress-only インターネットゲートウェイを使います。",
    natGatewayOut:
      "NAT ゲートウェイが送信元を {from} から自身のアドレス {to} に変換し、送信元ポートを 1024-65535 から選びます。応答のためにセッションを作成します。",
    natGatewayBack: "NAT ゲートウェイがセッションに一致した応答の宛先を {to} に戻します。",
    privateOnInternet: "宛先 {dst} はプライベートアドレスで、インターネット上ではルーティングできません。",
    privateFromInternet: "宛先 {dst} はプライベートアドレスなので、インターネットからは届きません。",
    hairpin:
      "宛先 {dst} はこの VPC のパブリックアドレスなので、パケットはインターネットゲートウェイ経由で戻ってきます。",
    exitsToInternet: "パケットがインターネットに出て {host} に向かいます。",
    noPublicIpAssociation: "{dst} はこの VPC のどのリソースにも関連付けられていません (パブリック IP がありません)。",
    noIgw: "VPC にインターネットゲートウェイがアタッチされていません。",
    lbNoListener: "ロードバランサーにポート {port} のリスナーがありません。",
    awsServiceExempt:
      "{service} ({address}) への通信は、セキュリティグループとネットワーク ACL でフィルタリングされません。",
    ftpPortCommand: {
      text: "アクティブモード: クライアントは PORT コマンドで {address} とポート {ports} を通知し、サーバーがポート 20 から接続します。{isPrivate}",
      isPrivate: "このアドレスはプライベートアドレスで、途中の NAT は FTP の中身を書き換えません。",
    },
    lanDirect: "{from} が同じ LAN の {to} のポート {port} に直接接続します (ルーターを通りません)。",
    homeIpv6Firewall:
      "IPv6 には NAT はありませんが、ルーターのステートフルファイアウォールが外部から始まる通信を遮断します。ポート開放ではなく、ピンホール (IPv6 の通過許可) が必要です。",
    homeIpv6Pass: "IPv6 ファイアウォールが通過を許可しました (NAT なし)。",
    homeDsLiteInbound:
      "DS-Lite ではルーター (B4) は自分の IPv4 アドレスを持たず、NAT44 は ISP の AFTR ({aftr}) が行います。AFTR には外部から始まる接続の変換がないため破棄され、ルーターではポート開放できません。",
    homeNoWanIpv4: "ルーターに WAN 側の IPv4 アドレスがないため、IPv4 では宛先を指定できません。",
    homeNoWanIpv4Out: "ルーターに WAN 側の IPv4 アドレスがありません。",
    homeCgnat:
      "ルーターの WAN アドレス {wan} は{wanKind}です。ISP 側でもう一度 NAT されるため、インターネットからの接続はルーターに届かず、ポート開放は機能しません。",
    homeOutsidePsid:
      "MAP-E では、共有 IPv4 アドレスのうち割り当てられたポート集合 (PSID) だけが使えます。ポート {port} はこの回線の範囲外なので届きません。",
    homeFilterDrop:
      "IP フィルタ (優先順位 {priority}: {filter}) が破棄しました。通過させるフィルタは、これより小さい優先順位に置く必要があります。",
    homeFilterDropOut: "IP フィルタ (優先順位 {priority}) が破棄しました。",
    homeFilterPass: "IP フィルタ (優先順位 {priority}) が通過させました。",
    homeNoMapping:
      "NAPT の変換表に一致するエントリがなく、DMZ ホストもないため破棄されます。NAPT は内側から始まった通信にしか変換を作りません。",
    homeForward: "ポートフォワーディング ({forward}) で宛先を {to}:{port} に変換します。",
    homeDmz:
      "一致する変換がないため、DMZ ホスト {host} に転送します。DMZ ホストには、応答以外のすべての受信パケットが届きます。",
    homeSessionBack: "ルーターがセッションに一致した応答を、元のアドレスとポートに戻して送ります。",
    homeDsLiteTunnel:
      "DS-Lite: ルーター (B4) は NAT をせず、IPv4 パケットをそのまま IPv6 でカプセル化して ISP の AFTR にトンネルで送ります。",
    homeAftrNat:
      "ISP の AFTR がトンネルを終端し、NAT44 で送信元を {from} から共有のパブリック IPv4 アドレス {to} とポートに変換し、セッションを作成します。",
    homeNapt: {
      text: "NAPT が送信元を WAN アドレスとポート ({ports}) に変換し、セッションを作成します。{isMapE}",
      isMapE: "MAP-E では、この回線に割り当てられたポート集合だけを使います。",
    },
    homeIpv6Out: "IPv6 は NAT なしで送信され、ルーターのファイアウォールが応答のための状態を作ります。",
    homeAftrBack: "応答は AFTR のセッションに一致し、宛先が {to} に戻され、トンネルでルーター (B4) に送られます。",
    homeDecapsulate: "ルーターがトンネルから取り出して LAN のホストに送ります。",
    homeSessionReply: "応答はセッションに一致し、LAN のホストに戻されます。",
    flowDelivered: "{flow} ({os}): すべてのポートで往復が届きます。",
    flowPartial: {
      text: "{flow} ({os}): 一部のポートだけ通ります。{port}{cause}",
      port: "例: ポート {port} は失敗します。",
      cause: "{cause}",
    },
    flowBlocked: { text: "{flow} ({os}): 遮断されます。{cause}", cause: "{cause}" },
    flowRequestArrives:
      "{flow} ({os}): 応答は届きませんが、要求は宛先に届きます。禁止すべき通信は、要求の段階で遮断する必要があります。",
    failForbidden: "禁止すべき通信 {flow} が {os} で通ります: 要求が {to} に届きます。",
    failGoal: {
      text: "{flow} が {os} で{isPartial}失敗します{port}。{cause}",
      isPartial: "一部のポートで",
      port: " (例: ポート {port})",
      cause: "{cause}",
    },
    choiceNeeded: "必要です。これがないと、{failure}",
    choiceNeededPart: "必要です (正解の組み合わせの一部)。",
    choiceHarmful: "有害です。この変更を加えると、{failure}",
    choiceLeaks: "許可しすぎです。禁止すべき通信 {flow} ({os}) が通ってしまいます。",
    choiceOpensLayer:
      "許可しすぎです。禁止すべき通信 {flow} を {node} が通すようになります (他の層がまだ止めていても、目的に不要な通信を開けています)。",
    layerOpened: "{flow} が {node} を通過するようになります。",
    choiceWider: "許可しすぎです。{choice} と同じ目的を果たしますが、{choice} より広い範囲を許可します。",
    choiceInsufficient: "不要です (不十分)。{choice} の代わりにこれを設定しても、{failure}",
    choiceAlternative:
      "この答えには不要です。単独でも目的の通信を満たしますが、設問が求める組み合わせではありません (別解)。",
    choiceSgOutbound:
      "不要です。セキュリティグループはステートフルなので、許可されたリクエストへの応答はアウトバウンドルールに関係なく通ります。",
    choiceNoHelp: { text: "不要です。目的の通信に影響しません。{failure}", failure: "{failure}" },
    choiceNoEffect: "不要です。目的の通信の経路にも結果にも影響しません。",
    noOpNothing: "不要です。この選択肢は、シミュレーターが扱う設定を何も変更しません。",
    noOpSettings: "不要です。これらの設定はすでにそのとおりになっているので、何も変わりません。",
    noOpSetting: "不要です。この設定はすでにそのとおりになっているので、何も変わりません。",
    noOpAllOutbound: {
      text: "不要です。同じルールがすでにあり、何も変わりません (セキュリティグループの既定のアウトバウンド全許可ルール)。{isTrackingNote}",
      isTrackingNote: "応答はステートフルな追跡で許可されます。",
    },
    noOpSgRule: "不要です。セキュリティグループ {group} には同じルールがすでにあるので、何も変わりません。",
    noOpNoPublicIp: {
      text: "不要です。{host} には{isEip}{isPublicIp}がもともとないので、何も変わりません。",
      isEip: "Elastic IP",
      isPublicIp: "パブリック IP",
    },
    noOpHasPublicIp: {
      text: "不要です。{host} にはすでに{isEip}{isPublicIp} {address} があるので、何も変わりません。",
      isEip: "Elastic IP",
      isPublicIp: "パブリック IP",
    },
    noOpAttached: "不要です。{group} はすでに {host} にアタッチされているので、何も変わりません。",
    noOpNacl: "不要です。サブネット {subnet} はすでに {nacl} を使っているので、何も変わりません。",
    noOpRouteTable: "不要です。サブネット {subnet} はすでに {table} を使っているので、何も変わりません。",
  },
};

export type NetsimExplainMessages = typeof ja;
