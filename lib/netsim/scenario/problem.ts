/** A scenario problem found by validation: where (a path into the scenario) and what. */
export type Problem = { path: (string | number)[]; message: string };
