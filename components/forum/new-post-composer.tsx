"use client";
import { useRouter } from "next/navigation";
import { Composer } from "@/components/forum/composer";
import type { ForumActions } from "@/components/forum/forum-action";

type Props = Omit<
  Parameters<typeof Composer<{ postId: string; page: number }>>[0],
  "action" | "onDone" | "isClearedOnSuccess"
> & { action: ForumActions["createPost"]; threadPath: string; onPosted?: () => void };

/** Asking, answering or replying: after a successful post, empties itself and shows the new post on its page. */
export function NewPostComposer({ action, threadPath, onPosted, ...props }: Props) {
  const router = useRouter();
  return (
    <Composer
      {...props}
      action={action}
      isClearedOnSuccess
      onDone={(created) => {
        onPosted?.();
        router.push(`${threadPath}?page=${created.page}#post-${created.postId}`);
      }}
    />
  );
}
