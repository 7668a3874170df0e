// Import boundaries (CODE_STYLE.md rule 12), checked by `npm run lint:layers` and the "layers" step of `npm test`.
// The layers, each importing only downward:
//   app/ (routes) → components/ → lib/server/<domain>/ (use cases) → lib/ (pure domains, db, i18n dictionaries)
// The request boundary (auth.ts, proxy.ts and the few lib files that read the request: who is asking, the locale, the
// action wrapper, the request context) sits beside app/: routes and server components may use it, use cases may not.
/** @type {import('dependency-cruiser').IConfiguration} */

const boundary = [
  "^(auth|auth[.]config|proxy)[.]ts$",
  "^lib/action[.]ts$",
  "^lib/request-context[.]ts$",
  "^lib/auth/session[.]ts$",
  "^lib/auth/sign-in[.]ts$",
  "^lib/i18n/server[.]ts$",
];
// Test files may reach across layers (an integration test drives a use case and reads the database).
const tests = "([.]test[.]tsx?$|^lib/netsim/test-helpers[.]ts$|/__fixtures__/)";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import circles: a circle means two modules are one, or a type sits in the wrong place.",
      // lib/netsim's own internal circles belong to the simulator's issue (#13); only they are exempt.
      from: { pathNot: "^lib/netsim/" },
      to: { circular: true },
    },
    {
      name: "no-circular-netsim-outward",
      severity: "error",
      comment: "A circle that leaves lib/netsim is still a circle (only circles inside lib/netsim are exempt).",
      from: { path: "^lib/netsim/" },
      to: { circular: true, pathNot: "^lib/netsim/" },
    },
    {
      name: "not-to-app",
      severity: "error",
      comment: "app/ holds routes only: nothing below it imports it. Pass a server action into a component as a prop.",
      from: {
        path: "^(components|lib)/",
      },
      to: { path: "^app/" },
    },
    {
      name: "components-not-to-use-cases",
      severity: "error",
      comment:
        "Components get data and actions from their route as props; DTO types live in lib/<domain>/dto.ts, not in a use case.",
      from: { path: "^components/", pathNot: tests },
      to: { path: ["^lib/server/", "^lib/db[.]ts$", "^lib/action[.]ts$", "^lib/request-context[.]ts$", "^auth[.]ts$"] },
    },
    {
      name: "use-cases-not-upward",
      severity: "error",
      comment:
        "A use case knows nothing of routes, components or the request: it receives the requester and the clock, throws AppError.",
      from: { path: "^lib/server/", pathNot: tests },
      to: { path: ["^app/", "^components/", ...boundary] },
    },
    {
      name: "pure-lib-not-upward",
      severity: "error",
      comment: "lib/ outside lib/server is the pure layer: it imports no use case, component, route or request helper.",
      from: { path: "^lib/", pathNot: ["^lib/server/", ...boundary, tests] },
      to: { path: ["^app/", "^components/", "^lib/server/", ...boundary] },
    },
    {
      name: "test-wiring-only-through-context",
      severity: "error",
      comment:
        "The test clock is test wiring: production code reaches it only through lib/request-context.ts (behind KAISETSU_TEST_HOOKS).",
      from: { path: "^(app|components|lib)/", pathNot: ["^lib/request-context[.]ts$", "^lib/testing/", tests] },
      to: { path: "^lib/testing/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^node_modules", "^lib/generated/", "^[.]next"] },
    // Type-only imports count: a type imported from a server module is still an arrow pointing up.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
