const ja = {
  chooseOne: "1 つ選択してください",
  chooseMany: "{count} つ選択してください",
  choices: "選択肢",
  domain: "分野",
  difficulty: { easy: "易", medium: "中", hard: "難" },
  difficultyLabel: "難易度",
  topics: "トピック",
  hasScenario: "シミュレーターで確認できる問題",
  openSimulator: "パケットの動きをシミュレーターで見る(解答後に表示)",
  onlyJapanese: "この問題には英語版がありません。日本語で表示しています。",
  practiceThis: "この問題集で練習する",
  thread: "フォーラム",
  questionId: "問題 ID",
};

export type QuestionMessages = typeof ja;

const en: QuestionMessages = {
  chooseOne: "Choose one",
  chooseMany: "Choose {count}",
  choices: "Choices",
  domain: "Domain",
  difficulty: { easy: "Easy", medium: "Medium", hard: "Hard" },
  difficultyLabel: "Difficulty",
  topics: "Topics",
  hasScenario: "Checkable in the simulator",
  openSimulator: "Watch the packets in the simulator (after you answer)",
  onlyJapanese: "This question has no English version yet; it is shown in Japanese.",
  practiceThis: "Practise this bank",
  thread: "Forum",
  questionId: "Question ID",
};

export const question = { ja, en };
