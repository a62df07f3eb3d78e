// Leaflet's stylesheet first, so that the page's own rules follow it and win at equal specificity.
import "leaflet/dist/leaflet.css";
import "./styles/report.css";
import { startReportPage } from "./report/report-page";

const root = document.getElementById("app");
if (root) void startReportPage(root);
