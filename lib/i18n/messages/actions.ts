const ja = {
  invalidInput: "入力内容を確認してください。",
  signInRequired: "この操作にはログインが必要です。",
  forbidden: "この操作は許可されていません。",
  unexpected: "予期しないエラーが発生しました。もう一度お試しください。",
  rateLimited: "操作が多すぎます。しばらく待ってからもう一度お試しください。",
};

export type ActionMessages = typeof ja;

const en: ActionMessages = {
  invalidInput: "Please check what you entered.",
  signInRequired: "Please sign in to do this.",
  forbidden: "You are not allowed to do this.",
  unexpected: "Something unexpected went wrong. Please try again.",
  rateLimited: "Too many attempts. Please wait a moment and try again.",
};

export const actions = { ja, en };
