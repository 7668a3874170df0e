/**
 * Where a question's source file can be edited, so a report's fix arrives as a pull request: KAISETSU_SOURCE_URL
 * (e.g. `https://github.com/example/kaisetsu/edit/main/`) followed by the file's path in the repository. Null when unset.
 */
export function sourceFileUrl(
  sourcePath: string,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const base = env.KAISETSU_SOURCE_URL;
  if (!base || !/^https:\/\//.test(base)) return null;
  return new URL(repositoryPath(sourcePath), base.endsWith("/") ? base : `${base}/`).toString();
}

/** The file's path in the repository: the seeder stores it relative to the repository or to content/. */
export function repositoryPath(sourcePath: string): string {
  return sourcePath.startsWith("content/") ? sourcePath : `content/${sourcePath}`;
}
