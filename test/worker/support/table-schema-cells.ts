/**
 * Checks CSV cells against Table Schema v1 fields as a Frictionless validator does: missing
 * values, the type's lexical form, then the constraints. Returns one message per bad cell.
 */
type Constraints = {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};
export type TableField = { name: string; type: string; constraints?: Constraints };

function parseCell(type: string, cell: string): { ok: boolean; value?: unknown } {
  switch (type) {
    case "string":
      return { ok: true, value: cell };
    case "integer":
      return /^-?\d+$/.test(cell) ? { ok: true, value: Number(cell) } : { ok: false };
    case "number":
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell) ? { ok: true, value: Number(cell) } : { ok: false };
    case "boolean":
      return cell === "true" || cell === "false" ? { ok: true, value: cell === "true" } : { ok: false };
    case "date": {
      const valid =
        /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell);
      return { ok: valid, value: cell };
    }
    case "datetime":
      return {
        ok: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(cell) && !Number.isNaN(Date.parse(cell)),
      };
    case "array":
      try {
        return { ok: Array.isArray(JSON.parse(cell)) };
      } catch {
        return { ok: false };
      }
    default:
      return { ok: false };
  }
}

export function checkCells(fields: TableField[], rows: string[][], missingValues = [""]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Set<string>>();
  const [header, ...body] = rows;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((field) => field.name))) {
    problems.push(`header ${JSON.stringify(header)} is not the schema's field list`);
  }
  body.forEach((row, r) => {
    if (row.length !== fields.length) problems.push(`row ${r + 1} has ${row.length} cells`);
    fields.forEach((field, f) => {
      const cell = row[f] ?? "";
      const where = `row ${r + 1}, ${field.name} = ${JSON.stringify(cell)}`;
      const c = field.constraints ?? {};
      if (missingValues.includes(cell)) {
        if (c.required) problems.push(`${where}: required`);
        return;
      }
      const parsed = parseCell(field.type, cell);
      if (!parsed.ok) {
        problems.push(`${where}: not a ${field.type}`);
        return;
      }
      if (c.enum && !c.enum.includes(cell)) problems.push(`${where}: not in the enumeration`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell))
        problems.push(`${where}: does not match`);
      if (c.minimum !== undefined && (parsed.value as number) < c.minimum)
        problems.push(`${where}: below minimum`);
      if (c.maximum !== undefined && (parsed.value as number) > c.maximum)
        problems.push(`${where}: above maximum`);
      if (c.unique) {
        const values = seen.get(field.name) ?? new Set();
        if (values.has(cell)) problems.push(`${where}: not unique`);
        values.add(cell);
        seen.set(field.name, values);
      }
    });
  });
  return problems;
}
