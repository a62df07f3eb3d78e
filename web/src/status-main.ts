import "./styles/report.css";
import { startStatusPage } from "./report/status-page";

const root = document.getElementById("app");
if (root) void startStatusPage(root);
