// Preloaded (node --import) into the quiz bench's app server and baseline server: counts the statements the process
// sends to PostgreSQL (every pg query, Prisma's through its pg adapter included: all go through pg's Client#query), so
// the bench can print round trips per answer. On SIGUSR2 it writes the count so far, and a newline, to
// $BENCH_QUERY_COUNT_FILE (only then: counting costs the measured process one increment per statement).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const file = process.env.BENCH_QUERY_COUNT_FILE;
if (file) {
  const pg = createRequire(import.meta.url)("pg");
  const query = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function countedQuery(...args) {
    count += 1;
    return query.apply(this, args);
  };
  process.on("SIGUSR2", () => writeFileSync(file, `${count}\n`));
}
