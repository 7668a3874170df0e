// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.

export type SimulatorLink = {
  kind: "question" | "sandbox";
  href: string; // a same-site path with only the recognised parameters, safe to render as a link
  questionId: string | null;
  choices: string[];
  os: string | null;
  step: number | null;
  /** A variant's seed (類題): the link replays the variant (question id, seed) the poster saw. */
  seed: number | null;
};

export type PostState = "live" | "deleted" | "hidden";

/** One post as this viewer may see it: deleted and hidden bodies never leave the server (moderators see hidden ones). */
export type PostView = {
  id: string;
  author: { id: string; name: string | null; isModerator: boolean; isAsker: boolean };
  createdAt: Date;
  editedAt: Date | null;
  state: PostState;
  bodyHtml: string | null;
  bodyMd: string | null; // only for the author, to edit
  simulatorLinks: SimulatorLink[];
  isAccepted: boolean;
  voteCount: number;
  /** "I think the answer is …", when the author said so (shown while the post is visible). */
  answerSet: string[];
  hasVoted: boolean;
  reportCount: number | null; // moderators only
  can: {
    edit: boolean;
    delete: boolean;
    vote: boolean;
    accept: boolean;
    report: boolean;
    moderate: boolean;
    reply: boolean;
  };
  replies: PostView[];
};

export type ThreadPage = {
  questionId: string;
  threadId: string | null;
  isLocked: boolean;
  postCount: number;
  page: number;
  pageCount: number;
  posts: PostView[];
  canPost: boolean;
  canModerate: boolean;
  /** The question is in the viewer's running mock exam: no post is shown (they could reveal the key) until it ends. */
  isExamLocked: boolean;
};
