const ja = {
  appName: "Kaisetsu",
  tagline: "AWS 認定ソリューションアーキテクト – アソシエイトの問題演習。なぜ正解なのかを、パケットの動きで確かめる。",
  skipToContent: "本文へスキップ",
  nav: {
    label: "メインメニュー",
    home: "ホーム",
    practice: "練習",
    exam: "模擬試験",
    forum: "フォーラム",
    sandbox: "シミュレーター",
    signIn: "ログイン",
    signOut: "ログアウト",
    history: "学習履歴",
  },
  language: { label: "言語", switchTo: "English", ja: "日本語", en: "English" },
  notFound: {
    title: "ページが見つかりません",
    body: "URL が間違っているか、問題が公開されていない可能性があります。",
    back: "ホームへ戻る",
  },
  error: {
    title: "問題が発生しました",
    body: "時間をおいてもう一度お試しください。入力した内容は保存されています。",
    retry: "再読み込み",
  },
  unavailable: {
    title: "一時的に利用できません",
    body: "サーバーがデータベースに接続できません。自動で再試行しています。ログイン状態はそのままです。",
  },
  footer: "問題と解説はすべてオリジナルです。AWS の公式ドキュメントを参照して作成しています。",
};

export type CommonMessages = typeof ja;

const en: CommonMessages = {
  appName: "Kaisetsu",
  tagline:
    "Practice for AWS Certified Solutions Architect – Associate. See why an answer is right by watching the packet.",
  skipToContent: "Skip to content",
  nav: {
    label: "Main menu",
    home: "Home",
    practice: "Practice",
    exam: "Mock exam",
    forum: "Forum",
    sandbox: "Simulator",
    signIn: "Sign in",
    signOut: "Sign out",
    history: "History",
  },
  language: { label: "Language", switchTo: "日本語", ja: "日本語", en: "English" },
  notFound: {
    title: "Page not found",
    body: "The address may be wrong, or the question is not published.",
    back: "Back to home",
  },
  error: {
    title: "Something went wrong",
    body: "Please try again in a moment. What you entered has been saved.",
    retry: "Reload",
  },
  unavailable: {
    title: "Temporarily unavailable",
    body: "The server cannot reach its database. Retrying automatically; you are still signed in.",
  },
  footer: "All questions and explanations are original, written from the AWS documentation.",
};

export const common = { ja, en };
