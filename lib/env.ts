import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections this app server opens to PostgreSQL (README: N servers × this must stay under max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** The validated environment; throws one clear message naming every bad variable. */
export function getEnv(): Env {
  if (parsed) return parsed;
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  parsed = result.data;
  return parsed;
}
