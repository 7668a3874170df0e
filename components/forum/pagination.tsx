import Link from "next/link";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import styles from "./forum.module.css";

/** Previous / "page N of M" / next, as links (`basePath?page=N`). Hidden when everything fits on one page. */
export async function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = (await getMessages("forum")).pagination;
  return (
    <nav aria-label={t.label} className={styles.pagination}>
      {page > 1 ? (
        <Link href={`${basePath}?page=${page - 1}`} rel="prev">
          {t.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{format(t.page, { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={`${basePath}?page=${page + 1}`} rel="next">
          {t.next}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
