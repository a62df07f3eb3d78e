/**
 * The incidents as an Atom feed (RFC 4287). Each entry's id is the incident's permanent API
 * address, so an edited incident updates its entry instead of adding one.
 */
import { attackTypes } from "../enums";
import type { ExportRecord } from "../export/export-record";
import { textFor } from "../incident-text";
import { element, text } from "./xml";

export type FeedContext = {
  origin: string;
  /** The feed's own URL, filters included: its id and its `self` link. */
  selfUrl: string;
  /** The map showing the same filters, the feed's `alternate` link. */
  mapUrl: string;
  licenceUrl: string;
  citation: string;
  /** The newest update, or the dataset's when there is no entry. */
  updated: string;
};

function entry(record: ExportRecord, origin: string): string {
  // The feed is in English; an incident not yet translated shows its French original as such.
  const shown = textFor(record, "en");
  const lang = shown.untranslated ? { "xml:lang": shown.lang } : {};
  const page = `${origin}/?incident=${encodeURIComponent(record.id)}`;
  const affected =
    record.individualsAffected === null ? "" : ` Individuals affected: ${record.individualsAffected}.`;
  return element(
    "entry",
    {},
    [
      text("id", `${origin}/api/incidents/${record.id}`),
      text("title", shown.title, lang),
      text("updated", record.updatedAt),
      ...(record.publishedAt ? [text("published", record.publishedAt)] : []),
      element("link", { rel: "alternate", type: "text/html", href: page }),
      element("link", {
        rel: "related",
        type: "application/json",
        href: `${origin}/api/incidents/${record.id}`,
      }),
      ...record.attackTypes.map((type) =>
        element("category", { term: type, label: attackTypes.labels[type].en }),
      ),
      text(
        "summary",
        `${record.organisationName} (${record.country ?? "unknown country"}), ${record.date}.${affected} ${shown.summary}`,
        lang,
      ),
    ].join(""),
  );
}

export function atomFeed(records: readonly ExportRecord[], context: FeedContext): string {
  const body = [
    text("id", context.selfUrl),
    text("title", "HealthBreach Map: incidents"),
    text("subtitle", "Cyberattacks and data breaches in the health sector, newly published or updated."),
    text("updated", context.updated),
    element("author", {}, text("name", "HealthBreach Map contributors")),
    element("link", { rel: "self", type: "application/atom+xml", href: context.selfUrl }),
    element("link", { rel: "alternate", type: "text/html", href: context.mapUrl }),
    element("link", { rel: "license", href: context.licenceUrl }),
    text("rights", context.citation),
    text("generator", "HealthBreach Map"),
    ...records.map((record) => entry(record, context.origin)),
  ].join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n${element("feed", { xmlns: "http://www.w3.org/2005/Atom" }, `\n${body}\n`)}\n`;
}
