// Account recovery: email verification, password reset and change, and the mails that carry their links.
const ja = {
  checkEmail: {
    title: "確認メールを送信しました",
    body: "{email} にメールを送信しました。メールのリンクを開いて登録を完了してください。数分たっても届かない場合は、迷惑メールのフォルダーを確認するか、もう一度お試しください。",
  },
  verify: {
    title: "メールアドレスの確認",
    lead: "下のボタンを押すと、メールアドレスの確認が完了し、ログインします。",
    submit: "メールアドレスを確認してログイン",
    pending: "確認しています…",
    invalid:
      "このリンクは無効か、有効期限が切れています。プロフィールから確認メールを再送するか、パスワードの再設定をお試しください。",
    missing: "リンクが正しくありません。メールに書かれたリンクをそのまま開いてください。",
    resend: "確認メールを再送する(プロフィール)",
  },
  forgot: {
    title: "パスワードの再設定",
    lead: "登録したメールアドレスを入力してください。再設定用のリンクをお送りします。",
    submit: "再設定リンクを送信",
    pending: "送信しています…",
    sent: "{email} が登録されている場合は、パスワード再設定用のリンクを送信しました。リンクの有効期限は 1 時間です。",
    link: "パスワードをお忘れですか?",
    rateLimited: "送信が多すぎます。しばらく待ってからもう一度お試しください。",
  },
  reset: {
    title: "新しいパスワードの設定",
    lead: "新しいパスワードを入力してください。設定すると、ほかの端末のログインはすべて無効になります。",
    newPassword: "新しいパスワード",
    submit: "パスワードを設定してログイン",
    pending: "設定しています…",
    invalid: "このリンクは無効か、有効期限が切れています。もう一度パスワードの再設定を申し込んでください。",
  },
  change: {
    title: "パスワードの変更",
    currentPassword: "現在のパスワード",
    newPassword: "新しいパスワード",
    submit: "パスワードを変更",
    pending: "変更しています…",
    done: "パスワードを変更しました。ほかの端末のログインは無効になりました。",
    wrongCurrent: "現在のパスワードが正しくありません。",
    noPassword:
      "このアカウントにはパスワードがありません(GitHub でログインしています)。パスワードの再設定で設定できます。",
  },
  status: {
    label: "メールアドレスの確認",
    verified: "確認済み",
    unverified: "未確認",
    resend: "確認メールを再送",
    resending: "送信しています…",
    resent: "確認メールを送信しました。",
    alreadyVerified: "このメールアドレスはすでに確認済みです。",
    timeZone: "タイムゾーン(ブラウザーから検出)",
  },
  mail: {
    verifySubject: "【Kaisetsu】メールアドレスの確認",
    verifyBody:
      "{name} さん\n\nKaisetsu へのご登録ありがとうございます。次のリンクを開いて、メールアドレスの確認を完了してください(有効期限 24 時間)。\n\n{link}\n\n心当たりがない場合は、このメールを破棄してください。アカウントは確認されません。",
    existingSubject: "【Kaisetsu】アカウント作成のお申し込みについて",
    existingBody:
      "このメールアドレスで Kaisetsu のアカウントを作成する申し込みがありましたが、このアドレスはすでに登録されています。\n\nご本人の場合は、こちらからログインしてください:\n{signIn}\n\nパスワードをお忘れの場合は、こちらから再設定できます:\n{forgot}\n\n心当たりがない場合は、このメールを破棄してください。アカウントに変更はありません。",
    resetSubject: "【Kaisetsu】パスワードの再設定",
    resetBody:
      "パスワードの再設定のお申し込みを受け付けました。次のリンクを開いて、新しいパスワードを設定してください(有効期限 1 時間、1 回限り)。\n\n{link}\n\n心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。",
    changedSubject: "【Kaisetsu】パスワードが変更されました",
    changedBody:
      "Kaisetsu アカウントのパスワードが変更され、ほかの端末のログインは無効になりました。\n\n心当たりがない場合は、すぐにパスワードを再設定してください:\n{forgot}",
  },
};

export type AccountMessages = typeof ja;

const en: AccountMessages = {
  checkEmail: {
    title: "Check your email",
    body: "We sent a message to {email}. Open the link in it to finish creating your account. If nothing arrives within a few minutes, check your spam folder or try again.",
  },
  verify: {
    title: "Confirm your email address",
    lead: "Press the button to confirm your email address and sign in.",
    submit: "Confirm and sign in",
    pending: "Confirming…",
    invalid:
      "This link is invalid or has expired. Send a new confirmation mail from your profile, or reset your password.",
    missing: "The link is incomplete. Open the link exactly as it appears in the mail.",
    resend: "Send a new confirmation mail (profile)",
  },
  forgot: {
    title: "Reset your password",
    lead: "Enter the email address of your account and we will send you a link to choose a new password.",
    submit: "Send reset link",
    pending: "Sending…",
    sent: "If {email} belongs to an account, we sent it a link to reset the password. The link is valid for one hour.",
    link: "Forgot your password?",
    rateLimited: "Too many requests. Please wait a while and try again.",
  },
  reset: {
    title: "Choose a new password",
    lead: "Enter a new password. Setting it signs you out on every other device.",
    newPassword: "New password",
    submit: "Set password and sign in",
    pending: "Saving…",
    invalid: "This link is invalid or has expired. Please request a new password reset.",
  },
  change: {
    title: "Change password",
    currentPassword: "Current password",
    newPassword: "New password",
    submit: "Change password",
    pending: "Changing…",
    done: "Your password was changed. Your other devices were signed out.",
    wrongCurrent: "The current password is not correct.",
    noPassword: "This account has no password (you sign in with GitHub). You can set one through a password reset.",
  },
  status: {
    label: "Email address",
    verified: "Confirmed",
    unverified: "Not confirmed",
    resend: "Resend confirmation mail",
    resending: "Sending…",
    resent: "We sent a confirmation mail.",
    alreadyVerified: "This email address is already confirmed.",
    timeZone: "Time zone (from your browser)",
  },
  mail: {
    verifySubject: "[Kaisetsu] Confirm your email address",
    verifyBody:
      "Hello {name},\n\nThank you for joining Kaisetsu. Open this link to confirm your email address (valid for 24 hours):\n\n{link}\n\nIf you did not sign up, ignore this mail; the account stays unconfirmed.",
    existingSubject: "[Kaisetsu] About your sign-up request",
    existingBody:
      "Someone asked to create a Kaisetsu account with this email address, but it is already registered.\n\nIf it was you, sign in here:\n{signIn}\n\nIf you forgot your password, reset it here:\n{forgot}\n\nIf it was not you, ignore this mail; nothing changed on your account.",
    resetSubject: "[Kaisetsu] Reset your password",
    resetBody:
      "We received a request to reset your password. Open this link to choose a new one (valid for one hour, once):\n\n{link}\n\nIf you did not ask for this, ignore this mail; your password stays the same.",
    changedSubject: "[Kaisetsu] Your password was changed",
    changedBody:
      "The password of your Kaisetsu account was changed and your other devices were signed out.\n\nIf this was not you, reset your password now:\n{forgot}",
  },
};

export const account = { ja, en };
