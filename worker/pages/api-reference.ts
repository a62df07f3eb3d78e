/**
 * The API reference, `/api/reference`: the OpenAPI document rendered on the server as plain
 * HTML, every value escaped by hono/html. No script and no CDN, so it lives under the same
 * strict CSP as the incident page; what it shows cannot drift from the document.
 */
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { ApiDocument } from "../api/api-document";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;
type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  items?: Schema;
  $ref?: string;
  minimum?: number;
  maximum?: number;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
};

const methods = ["get", "post", "put", "patch", "delete"] as const;

/** Markdown's `code` spans as <code>, everything else as escaped text. */
function prose(text: string | undefined): Html {
  const parts = (text ?? "").split("`");
  return html`${raw(parts.map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`)).join(""))}`;
}

function schemaText(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").at(-1) ?? "";
  if (schema.enum) return `one of ${schema.enum.join(", ")}`;
  if (schema.type === "array") return `list of ${schemaText(schema.items)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  return schema.pattern ? `${type} matching ${schema.pattern}` : type;
}

/** The id of an operation's section, for links: `get-api-incidents-id`. */
export function anchorOf(method: string, path: string): string {
  return `${method}${path.replaceAll(/[^a-z0-9]+/gi, "-")}`.replace(/-$/, "").toLowerCase();
}

function renderParameters(parameters: Parameter[]): Html {
  if (parameters.length === 0) return html``;
  const rows = parameters.map(
    (p) =>
      html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td><td>${schemaText(p.schema)}</td><td>${prose(p.description)}</td></tr>`,
  );
  return html`<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>value</th><th>meaning</th></tr></thead><tbody>${raw(rows.join(""))}</tbody></table>`;
}

function renderOperation(method: string, path: string, operation: Operation): Html {
  const body = operation.requestBody?.content;
  const responses = Object.entries(operation.responses ?? {}).map(
    ([status, response]) =>
      html`<li><strong>${status}</strong> ${prose(response.description)}${response.content ? html` <span class="media">(${Object.keys(response.content).join(", ")})</span>` : ""}</li>`,
  );
  return html`<section id="${anchorOf(method, path)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${path}</code></h3>
<p>${prose(operation.summary)}</p>
${operation.description ? html`<p>${prose(operation.description)}</p>` : ""}
${renderParameters(operation.parameters ?? [])}
${body ? html`<p>Body: ${Object.keys(body).join(", ")}, described by <a href="/api/openapi.json">the document</a>.</p>` : ""}
<ul class="responses">${raw(responses.join(""))}</ul>
</section>`;
}

/** The whole reference page, in English like the document. */
export function renderApiReference(document: ApiDocument): Html {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
  const index = operations.map(
    ({ method, path, operation }) =>
      html`<li><a href="#${anchorOf(method, path)}"><span class="method">${method.toUpperCase()}</span> <code>${path}</code></a> ${prose(operation.summary)}</li>`,
  );
  const paragraphs = (document.info.description ?? "").split("\n\n").map((p) => html`<p>${prose(p)}</p>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${document.info.title} reference</title>
<link rel="stylesheet" href="/api-reference.css">
</head>
<body>
<main>
<p><a href="/">HealthBreach Map</a> · <a href="/data/">Data</a> · <a href="/api/openapi.json">OpenAPI document (JSON)</a></p>
<h1>${document.info.title}</h1>
${raw(paragraphs.join(""))}
<h2>Endpoints</h2>
<ul class="index">${raw(index.join(""))}</ul>
${raw(operations.map(({ method, path, operation }) => renderOperation(method, path, operation)).join(""))}
</main>
</body>
</html>`;
}
