const ja = {
  invalidInput: "入力内容を確認してください。",
  signInRequired: "この操作にはログインが必要です。",
  forbidden: "この操作は許可されていません。",
  unexpected: "予期しないエラーが発生しました。もう一度お試しください。",
  rateLimited: "操作が多すぎます。しばらく待ってからもう一度お試しください。",
  unavailable: "サーバーが一時的にデータベースに接続できません。自動で再試行しています。",
};

export type ActionMessages = typeof ja;

const en: ActionMessages = {
  invalidInput: "Please check what you entered.",
  signInRequired: "Please sign in to do this.",
  forbidden: "You are not allowed to do this.",
  unexpected: "Something unexpected went wrong. Please try again.",
  rateLimited: "Too many attempts. Please wait a moment and try again.",
  unavailable: "The server cannot reach its database for the moment. Retrying automatically.",
};

export const actions = { ja, en };
