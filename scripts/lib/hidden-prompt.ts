/** Reads one line from the terminal without echoing it (for passwords). */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

export function readHiddenLine(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error("No terminal to prompt on: set ADMIN_PASSWORD instead."));
  }
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) =>
    reader.question("", (answer) => {
      reader.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}
