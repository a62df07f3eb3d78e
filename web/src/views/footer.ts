/** The dataset's licence and how to cite it, from `GET /api/meta`. */
import type { Meta } from "../api/client";
import { h, replaceChildren, safeHref } from "../dom/h";
import { t } from "../i18n/i18n";

export function renderFooter(footer: HTMLElement, meta: Meta): void {
  const href = safeHref(meta.licence.url);
  const licence = href ? h("a", { href, rel: "noopener noreferrer" }, meta.licence.name) : meta.licence.name;
  const [before = "", after = ""] = t("licence", { licence: "\u0000" }).split("\u0000");
  replaceChildren(
    footer,
    h("p", {}, before, licence, after),
    h("p", {}, t("citation", { citation: meta.citation })),
    h("p", {}, h("a", { href: "/data/" }, t("dataPage"))),
  );
}
