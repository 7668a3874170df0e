// The sandbox's network editors (components/netsim/network-editor.tsx, editor/): the list of what was built, its
// refusals and the packet's extra fields, part of the `netsim` namespace as netsim.sandbox.connect. The connection
// forms' own texts are in netsim-sandbox-connect-forms.ts (only in the lazily loaded editor chunk). Japanese first.
const listJa = {
  title: "VPC の接続を編集",
  loading: "編集フォームを読み込んでいます…",
  flowExtras: {
    resource: "リソース (ARN、任意)",
    action: "API アクション (任意)",
  },
  refusedHere: "適用されませんでした: {reason}",
  refused: {
    nameTaken: "この名前はすでに使われています。",
    missing: "存在しないリソースを指定しています (取り消した変更で作ったものかもしれません)。",
    gatewayExists: "1 つの VPC にアタッチできる仮想プライベートゲートウェイは 1 つだけです。",
    cidrSize: "VPC とサブネットの CIDR ブロックは /16〜/28 です。",
    cidrOutside: "サブネットの CIDR ブロックは VPC の CIDR ブロックの中に収めてください。",
    cidrOverlap: "CIDR ブロックが既存のサブネットと重なっています。",
    cidr: "CIDR ブロックとして読めない値があります。",
    other: "この構成は AWS では作れません。",
  },
  kinds: {
    addVpc: "VPC を追加",
    addTransitGateway: "Transit Gateway を作成",
    addTgwRouteTable: "TGW ルートテーブルを追加",
    attachVpnGateway: "VGW をアタッチ",
    addOnPremises: "オンプレミスを追加",
    createPeering: "ピアリング接続を作成",
    deletePeering: "ピアリング接続を削除",
    createEndpoint: "エンドポイントを作成",
    deleteEndpoint: "エンドポイントを削除",
    setEndpointPolicy: "エンドポイントポリシー",
    setPrivateDns: "プライベート DNS",
    createTgwAttachment: "TGW アタッチメント",
    associateTgwRouteTable: "TGW 関連付け",
    enableTgwPropagation: "TGW 伝播",
    addTgwRoute: "TGW 静的ルートを追加",
    removeTgwRoute: "TGW 静的ルートを削除",
    enableRoutePropagation: "ルート伝播",
    addVpnStaticRoute: "VPN 静的ルート",
  },
};

export type NetsimConnectListMessages = typeof listJa;

const listEn: NetsimConnectListMessages = {
  title: "Connect VPCs",
  loading: "Loading the editor…",
  flowExtras: {
    resource: "Resource (ARN, optional)",
    action: "API action (optional)",
  },
  refusedHere: "Not applied: {reason}",
  refused: {
    nameTaken: "This name is already in use.",
    missing: "This names something that does not exist (perhaps made by a change you undid).",
    gatewayExists: "A VPC can have only one virtual private gateway attached.",
    cidrSize: "VPC and subnet CIDR blocks are /16 to /28.",
    cidrOutside: "A subnet's CIDR block must lie inside its VPC's CIDR block.",
    cidrOverlap: "The CIDR block overlaps an existing subnet.",
    cidr: "A value cannot be read as a CIDR block.",
    other: "AWS cannot build this.",
  },
  kinds: {
    addVpc: "add VPC",
    addTransitGateway: "create transit gateway",
    addTgwRouteTable: "add TGW route table",
    attachVpnGateway: "attach VGW",
    addOnPremises: "add on-premises network",
    createPeering: "create peering",
    deletePeering: "delete peering",
    createEndpoint: "create endpoint",
    deleteEndpoint: "delete endpoint",
    setEndpointPolicy: "endpoint policy",
    setPrivateDns: "private DNS",
    createTgwAttachment: "TGW attachment",
    associateTgwRouteTable: "TGW association",
    enableTgwPropagation: "TGW propagation",
    addTgwRoute: "add TGW static route",
    removeTgwRoute: "remove TGW static route",
    enableRoutePropagation: "route propagation",
    addVpnStaticRoute: "VPN static route",
  },
};

export const netsimSandboxConnect = { ja: listJa, en: listEn };
