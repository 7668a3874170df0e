import { useMessages } from "@/components/i18n/messages-provider";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
import { format } from "@/lib/i18n/format";
import type { RuleRow, RuleTable } from "@/lib/netsim-ui/network-view";
import styles from "./netsim.module.css";

type Props = {
  tables: RuleTable[];
  matchedRow: string | null;
  matchedTables: string[];
  renderEditor?: (table: RuleTable) => React.ReactNode;
  level: 3 | 4;
};

function titleOf(table: RuleTable, t: NetsimMessages["tables"]): string {
  if (table.kind === "sg") return format(t.sg, { name: table.name });
  if (table.kind === "nacl") return format(t.nacl, { name: table.name });
  if (table.kind === "route") return format(t.route, { name: table.name });
  return t.home;
}

function columnsOf(table: RuleTable, t: NetsimMessages["tables"]): string[] {
  if (table.kind === "sg") return t.sgCols;
  if (table.kind === "nacl") return t.naclCols;
  if (table.kind === "route") return t.routeCols;
  return t.homeCols;
}

/** Security groups, network ACLs and route tables beside the diagram; the row the current step matched is marked. */
export function RuleTables({ tables, matchedRow, matchedTables, renderEditor, level }: Props) {
  const t = useMessages("netsim").tables;
  const Title = level === 3 ? "h3" : "h4";
  const TableTitle = level === 3 ? "h4" : "h5";
  return (
    <div className={styles.tables}>
      <Title className={styles.panelTitle}>{t.title}</Title>
      <div className={styles.tableGrid}>
        {tables.map((table) => {
          const isMatched = matchedTables.includes(table.id);
          const hasMatchedRow = [...table.inbound, ...table.outbound].some((row) => row.id === matchedRow);
          const directions =
            table.kind === "route"
              ? [{ name: t.routes, rows: table.inbound }]
              : [
                  { name: t.inbound, rows: table.inbound },
                  { name: t.outbound, rows: table.outbound },
                ];
          return (
            <section
              key={table.id}
              className={styles.ruleTable}
              data-matched={isMatched ? "true" : undefined}
              aria-labelledby={`netsim-table-${table.id}`}
              data-testid={`table-${table.id}`}
            >
              <TableTitle id={`netsim-table-${table.id}`} className={styles.tableTitle}>
                {titleOf(table, t)}
              </TableTitle>
              {table.appliesTo.length > 0 ? (
                <p className={styles.appliesTo}>{format(t.appliesTo, { list: table.appliesTo.join(", ") })}</p>
              ) : null}
              {directions.map((direction) => (
                <Rows
                  key={direction.name}
                  caption={direction.name}
                  columns={columnsOf(table, t)}
                  rows={direction.rows}
                  matchedRow={matchedRow}
                  t={t}
                />
              ))}
              {isMatched && !hasMatchedRow && table.kind === "sg" ? (
                <p className={styles.noMatch}>{t.noMatch}</p>
              ) : null}
              {renderEditor ? renderEditor(table) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}

function Rows({
  caption,
  columns,
  rows,
  matchedRow,
  t,
}: {
  caption: string;
  columns: string[];
  rows: RuleRow[];
  matchedRow: string | null;
  t: NetsimMessages["tables"];
}) {
  return (
    <table className={styles.rules}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="muted">
              {t.none}
            </td>
          </tr>
        ) : (
          rows.map((row) => {
            const isMatched = row.id === matchedRow;
            return (
              <tr
                key={row.id}
                data-row={row.id}
                data-allow={row.isAllow ? "true" : "false"}
                aria-current={isMatched ? "true" : undefined}
                className={isMatched ? styles.matchedRow : undefined}
              >
                {row.cells.map((cell, i) => (
                  <td key={i}>
                    {cell}
                    {isMatched && i === row.cells.length - 1 ? <span className="sr-only"> ({t.matched})</span> : null}
                  </td>
                ))}
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
