import "server-only";
import { db } from "@/lib/db";

/** A live question's choice letters in order ("A".."E"): public, they say nothing about the key. */
export async function listChoiceLetters(questionId: string): Promise<string[]> {
  const choices = await db.choice.findMany({
    where: { questionId, question: { retiredAt: null } },
    orderBy: { position: "asc" },
    select: { letter: true },
  });
  return choices.map((choice) => choice.letter);
}
