/**
 * The "History" section of the incident panel: how the key figures changed and on which
 * source, then every revision with its reason and changes. Every value is text; a source link
 * is made only for an http(s) address.
 */
import type { PublicIncident } from "../api/client";
import { h, safeHref } from "../dom/h";
import { fieldLabel } from "../i18n/field-labels";
import { fieldValueText } from "../i18n/field-values";
import { formatDateWithPrecision, formatNumber } from "../i18n/format";
import { t } from "../i18n/i18n";
import { labelOf } from "../i18n/labels";
import {
  type KeyFigurePoint,
  keyFigureTimelines,
  newestFirst,
  type PublicRevision,
} from "./revision-history";

export function incidentHistory(incident: PublicIncident): HTMLElement {
  const revisions = incident.revisions;
  const timelines = keyFigureTimelines(incident.keyFigureHistory);
  return h(
    "section",
    { class: "incident-section", id: "incident-history" },
    h("h3", {}, t("sectionHistory")),
    h("p", {}, t("revision", { n: incident.revision, date: day(incident.updatedAt) })),
    timelines.length
      ? h(
          "div",
          { class: "key-figures" },
          h("h4", {}, t("keyFigures")),
          ...timelines.map(({ field, points }) =>
            h(
              "div",
              { class: "key-figure", "data-field": field },
              h("h5", {}, fieldLabel(field)),
              h("ol", { class: "plain-list" }, ...points.map((point) => pointItem(field, point))),
            ),
          ),
        )
      : null,
    revisions.length
      ? h("ol", { class: "revisions", reversed: true }, ...newestFirst(revisions).map(revisionItem))
      : null,
  );
}

function revisionItem(revision: PublicRevision): HTMLLIElement {
  const source = sourceLink(revision.sourceUrl);
  return h(
    "li",
    { class: "revision", "data-revision": revision.revision },
    h(
      "p",
      { class: "revision-head" },
      t("revision", { n: revision.revision, date: day(revision.at) }),
      ` · ${summaryText(revision.summary)}`,
    ),
    revision.reason
      ? h("p", { class: "revision-reason" }, t("revisionReason", { reason: revision.reason }))
      : null,
    revision.changes?.length
      ? h(
          "ul",
          { class: "plain-list revision-changes" },
          ...revision.changes.map((change) =>
            h(
              "li",
              { "data-field": change.field },
              `${fieldLabel(change.field)}: ${valueText(change.field, change.from)} → ${valueText(change.field, change.to)}`,
            ),
          ),
        )
      : null,
    source ? h("p", { class: "revision-source" }, t("revisionSource"), " ", source) : null,
  );
}

function pointItem(field: string, point: KeyFigurePoint): HTMLLIElement {
  const source = sourceLink(point.sourceUrl);
  return h(
    "li",
    {},
    h("strong", {}, valueText(field, point.value)),
    ` · ${t("keyFigureSince", { date: day(point.at), n: point.revision })}`,
    source ? " · " : null,
    source,
  );
}

/** The kind of change, in the reader's language when it is one the write layer makes. */
function summaryText(summary: string): string {
  const key = (
    {
      Published: "revisionPublished",
      Edited: "revisionEdited",
      Retracted: "revisionRetracted",
      Merged: "revisionMerged",
    } as const
  )[summary];
  return key ? t(key) : summary;
}

function sourceLink(url: string | null): Node | string | null {
  if (!url) return null;
  const href = safeHref(url);
  return href ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, new URL(href).hostname) : url;
}

function valueText(field: string, value: unknown): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && field.endsWith("On")) {
    return formatDateWithPrecision(value, "day", null);
  }
  return fieldValueText(field, value, labelOf, {
    none: t("unknown"),
    yes: t("yes"),
    no: t("no"),
    formatNumber: (n) => formatNumber(n),
  });
}

function day(at: string): string {
  return formatDateWithPrecision(at.slice(0, 10), "day", null);
}
