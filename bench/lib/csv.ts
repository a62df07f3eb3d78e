/**
 * A minimal RFC 4180 reader for the bench's reference CSV files: quoted fields, doubled quotes,
 * CRLF or LF, and line breaks inside quoted fields. No CSV package is installed and this is
 * bench-only code, so a small careful reader beats a new dependency.
 *
 * @example parseCsv('a,b\n1,"x\n""y"""\n') // => [{ a: "1", b: 'x\n"y"' }]
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = parseRows(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const [header, ...records] = rows;
  if (!header) return [];
  return records.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV record ${i + 2} has ${fields.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? ""]));
  });
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      // A blank line is no record (files often end with one).
      if (fields.length > 0 || field !== "") rows.push([...fields, field]);
      fields = [];
      field = "";
      if (char === "\r" && text[i + 1] === "\n") i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || fields.length > 0) rows.push([...fields, field]);
  return rows;
}
