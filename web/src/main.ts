// Leaflet's stylesheet first, so that the page's own rules follow it and win at equal specificity.
import "leaflet/dist/leaflet.css";
import "./styles/index.css";
import { startApp } from "./app/app";

const root = document.getElementById("app");
if (root) void startApp(root);
