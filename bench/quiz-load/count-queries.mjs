// Preloaded (node --import) into the quiz bench's app server and baseline server: counts the statements the process
// sends to PostgreSQL (every pg query, Prisma's through its pg adapter included: all go through pg's Client#query), so
// the bench can print round trips per answer. Writes the running count to $BENCH_QUERY_COUNT_FILE every 100 ms.
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
  let written = -1;
  const flush = () => {
    if (count === written) return;
    written = count;
    writeFileSync(file, String(count));
  };
  flush();
  setInterval(flush, 100).unref();
}
