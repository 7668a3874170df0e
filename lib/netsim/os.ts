/**
 * Compatibility re-export for code outside lib/netsim that imports "@/lib/netsim/os". Inside lib/netsim the
 * module is operating-systems.ts (the lint rule that bans the Node built-in "os" would match a local "./os").
 * Prefer importing OS_TABLE and ALL_CLIENT_OS from "@/lib/netsim".
 */
export { OS_TABLE, ALL_CLIENT_OS, osInfo, expandOsSet } from './operating-systems';
export type { OsInfo } from './operating-systems';
