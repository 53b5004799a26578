import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { aptInstall } from "./apt";

/** nginx on PATH or where Debian puts it (/usr/sbin is not on every user's PATH). */
function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/sbin"];
  return dirs.map((dir) => join(dir, "nginx")).find((path) => existsSync(path));
}

/**
 * nginx for the end-to-end spec that runs two instances behind it (e2e/two-instances.spec.ts),
 * installed with apt-get when missing and running as root. Returns the executable's path.
 */
export async function ensureNginx(): Promise<string> {
  const found = findNginx();
  if (found) return found;
  console.log("Installing nginx with apt-get…");
  if (await aptInstall(["nginx"])) {
    const installed = findNginx();
    if (installed) return installed;
  }
  throw new Error(
    "No nginx for the end-to-end tests. Install it: on Debian/Ubuntu `sudo apt-get install nginx`.",
  );
}

export const NGINX_TEMPLATE = "deploy/nginx.conf.template";

export type NginxSite = {
  /** What nginx listens on: a port, or address:port. */
  listen: string;
  serverName: string;
  /** host:port of each instance. */
  upstreams: string[];
  accessLog: string;
};

/** deploy/nginx.conf.template with its placeholders filled in (the site, for nginx's http block). */
export function renderNginxSite(template: string, site: NginxSite): string {
  const values: Record<string, string> = {
    UPSTREAM_SERVERS: site.upstreams.map((address) => `server ${address};`).join("\n    "),
    LISTEN: site.listen,
    SERVER_NAME: site.serverName,
    ACCESS_LOG: site.accessLog,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE}: no value for ${placeholder}`);
    return value;
  });
}

/**
 * A whole nginx.conf for `nginx -p <prefix> -c <conf>`, around the rendered site: runs in the
 * foreground, keeps its pid, logs and temporary files under the prefix, one worker process.
 */
export function nginxMainConfig(siteFile: string): string {
  return [
    "daemon off;",
    "worker_processes 1;",
    "pid nginx.pid;",
    "error_log error.log warn;",
    "events { worker_connections 256; }",
    "http {",
    "  client_body_temp_path tmp/body;",
    "  proxy_temp_path tmp/proxy;",
    "  fastcgi_temp_path tmp/fastcgi;",
    "  uwsgi_temp_path tmp/uwsgi;",
    "  scgi_temp_path tmp/scgi;",
    `  include ${siteFile};`,
    "}",
    "",
  ].join("\n");
}
