// A local SMTP server for tests: accepts every message on 127.0.0.1 and writes it, parsed, as one JSON file per mail
// into a folder (`{ to, subject, text }`), so a test can read what the app sent. Run as a child process:
//   node --import tsx scripts/smtp-sink.ts <port> <folder>
// It prints "listening <port>" once ready and stops on SIGTERM.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const [portArg, folder] = process.argv.slice(2);
if (!portArg || !folder) {
  console.error("usage: smtp-sink <port> <folder>");
  process.exit(2);
}
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        count += 1;
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const file = path.join(folder, `${Date.now()}-${String(count).padStart(5, "0")}.json`);
        writeFileSync(
          file,
          JSON.stringify({
            to,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          }),
        );
        callback();
      })
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
  },
});
server.listen(Number(portArg), "127.0.0.1", () => console.log(`listening ${portArg}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
