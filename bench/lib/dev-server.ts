/** The benchmarks serve their prebuilt synthetic states exactly as the tests serve the app. */
export {
  freePort as findFreePort,
  startWranglerDev as startDevServer,
  type WranglerDev as DevServer,
} from "../../test/support/wrangler-dev";
