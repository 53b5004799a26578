import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NGINX_TEMPLATE, renderNginxSite } from "./nginx";

const template = readFileSync(NGINX_TEMPLATE, "utf8");
const site = {
  listen: "127.0.0.1:8080",
  serverName: "support.example.com",
  upstreams: ["10.0.0.11:3000", "10.0.0.12:3000"],
  accessLog: "/var/log/nginx/clico.log",
};

describe("deploy/nginx.conf.template", () => {
  // e2e/two-instances.spec.ts runs behind the template; the operator reads docs/deploy.md.
  it("is shown in docs/deploy.md exactly as the test uses it", () => {
    expect(readFileSync("docs/deploy.md", "utf8")).toContain("```nginx\n" + template + "```");
  });

  it("renders with every placeholder filled: one server line per instance", () => {
    const rendered = renderNginxSite(template, site);
    expect(rendered).not.toMatch(/\{\{\w+\}\}/);
    expect(rendered).toContain("    server 10.0.0.11:3000;\n    server 10.0.0.12:3000;\n");
    expect(rendered).toContain("listen 127.0.0.1:8080;");
    expect(rendered).toContain("server_name support.example.com;");
    expect(rendered).toContain("access_log /var/log/nginx/clico.log clico;");
  });

  it("passes only nginx's own view of the client and the browser's Host", () => {
    expect(template).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(template).not.toContain("$proxy_add_x_forwarded_for");
    expect(template).toMatch(/proxy_set_header Host \$http_host;/);
  });

  it("refuses a placeholder it has no value for", () => {
    expect(() => renderNginxSite("listen {{PORT}};", site)).toThrow(/no value for \{\{PORT\}\}/);
  });
});
