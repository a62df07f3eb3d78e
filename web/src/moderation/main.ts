import "./console.css";
import { startConsole } from "./console-app";

const root = document.getElementById("console");
if (root) void startConsole(root);
