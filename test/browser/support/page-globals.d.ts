// Callbacks given to `page.evaluate` run in the page, where the DOM's globals exist;
// tsconfig.node.json compiles these tests for Node, so the DOM's types are added here.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
