const ja = {
  title: "問題集",
  examCard: {
    questions: "{count} 問",
    byDomain: "分野別の問題数",
    practice: "練習する",
    exam: "模擬試験",
    minutes: "{minutes} 分",
    weight: "配点 {weight}%",
  },
  empty: "問題集がまだ読み込まれていません。`npm run db:seed` を実行してください。",
};

export type HomeMessages = typeof ja;

const en: HomeMessages = {
  title: "Question banks",
  examCard: {
    questions: "{count, plural, one {# question} other {# questions}}",
    byDomain: "Questions by domain",
    practice: "Practice",
    exam: "Mock exam",
    minutes: "{minutes} min",
    weight: "weight {weight}%",
  },
  empty: "No question bank is loaded yet. Run `npm run db:seed`.",
};

export const home = { ja, en };
