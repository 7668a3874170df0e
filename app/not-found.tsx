import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="narrow stack">
      <h1>{t.common.notFound.title}</h1>
      <p>{t.common.notFound.body}</p>
      <p>
        <Link href="/">{t.common.notFound.back}</Link>
      </p>
    </div>
  );
}
