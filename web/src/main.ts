// Placeholder list page until the map lands (issue "The public map").
type Item = { id: string; title: string; date: string; country: string | null };

const statusLine = document.querySelector<HTMLElement>("#status");
const list = document.querySelector<HTMLUListElement>("#incidents");

async function showIncidents(): Promise<void> {
  const response = await fetch("/api/incidents?limit=200");
  if (!response.ok) throw new Error(`API answered ${response.status}`);
  const { items } = (await response.json()) as { items: Item[] };
  for (const item of items) {
    const li = document.createElement("li");
    li.textContent = `${item.date} · ${item.country ?? "?"} · ${item.title}`;
    list?.append(li);
  }
  if (statusLine) statusLine.textContent = `${items.length} incidents`;
}

showIncidents().catch(() => {
  if (statusLine) statusLine.textContent = "The incident API cannot be reached.";
});
