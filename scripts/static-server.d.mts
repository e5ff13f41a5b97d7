/** A running static server. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}
/** Starts a server for `mounts` (URL prefix → directory) on a free port of 127.0.0.1. */
export function startStaticServer(mounts: Record<string, string>): Promise<StaticServer>;
