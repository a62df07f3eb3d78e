/** Incidents per month and per attack type under the current filters (`/api/stats`). */
import { fetchStats, type StatsGroup } from "../api/client";
import { h, replaceChildren } from "../dom/h";
import { formatPartialDate } from "../i18n/format";
import { t } from "../i18n/i18n";
import { entriesOf } from "../i18n/labels";
import { colourOf } from "../map/colours";
import type { Filters } from "../state/filters";
import { type Bar, barChart } from "./bar-chart";

export type ChartData = { months: StatsGroup[]; types: StatsGroup[] };

export async function loadChartData(filters: Filters, signal: AbortSignal): Promise<ChartData> {
  const [months, types] = await Promise.all([
    fetchStats("month", filters, signal),
    fetchStats("type", filters, signal),
  ]);
  return { months: months.groups, types: types.groups };
}

/** Every incident has a date, so the months add up to the number matching the filters. */
export function totalOf(data: ChartData): number {
  return data.months.reduce((sum, g) => sum + g.count, 0);
}

export function renderCharts(slot: HTMLElement, data: ChartData): void {
  const heading = h("h3", { class: "charts-heading" }, t("chartsHeading"));
  if (data.months.length === 0) {
    replaceChildren(slot, heading, h("p", {}, t("chartEmpty")));
    return;
  }
  const months = monthBars(data.months);
  const peak = months.reduce((a, b) => (b.value > a.value ? b : a));
  const monthSummary = t("chartMonthSummary", {
    n: totalOf(data),
    first: months[0]?.label ?? "",
    last: months.at(-1)?.label ?? "",
    peak: peak.label,
    peakCount: peak.value,
  });
  const counts = new Map(data.types.map((g) => [g.key, g.count]));
  const typeBars: Bar[] = entriesOf("attackType")
    .map(({ key, label }) => ({ key, label, value: counts.get(key) ?? 0, colour: colourOf(key) }))
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value);
  const top = typeBars[0];
  const typeSummary = top ? t("chartTypeSummary", { label: top.label, count: top.value }) : t("chartEmpty");
  replaceChildren(
    slot,
    heading,
    barChart(
      {
        id: "chart-month",
        title: t("chartMonth"),
        summary: monthSummary,
        columns: [t("tableMonth"), t("tableCount")],
        bars: months,
      },
      "columns",
    ),
    barChart(
      {
        id: "chart-type",
        title: t("chartType"),
        summary: typeSummary,
        columns: [t("tableType"), t("tableCount")],
        bars: typeBars,
      },
      "rows",
    ),
  );
}

/** One bar per month from the first to the last, empty months included, so time reads evenly. */
function monthBars(groups: StatsGroup[]): Bar[] {
  const counts = new Map(groups.map((g) => [g.key, g.count]));
  const [first = "1970-01", last = first] = [groups[0]?.key, groups.at(-1)?.key];
  const bars: Bar[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const years = Number(last.slice(0, 4)) - year + 1;
  const tickEvery = Math.max(1, Math.ceil(years / 6));
  for (let key = first; key <= last; ) {
    const showTick = month === 1 && (year % tickEvery === 0 || years <= 6);
    bars.push({
      key,
      label: formatPartialDate(`${key}-01`, "month"),
      value: counts.get(key) ?? 0,
      tick: showTick ? String(year) : undefined,
    });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return bars;
}
