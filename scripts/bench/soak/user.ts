import type { Email } from "../../../e2e/support/fake-resend";
import { BENCH_PASSWORD, type BenchAccount } from "../http/fixtures";
import { formBody } from "../http/forms";
import { withSetCookies } from "../http/pages";

export type Role = "customer" | "engineer";
export type Step = { name: string; ms: number; status: number; ok: boolean; error?: string };

/** A person using the portal over HTTP: one address, one cookie jar, pages and forms. */
export class VirtualUser {
  private cookie = "";
  constructor(
    readonly role: Role,
    readonly account: BenchAccount,
    readonly ticketPath: string,
    private readonly portalUrl: string,
    private readonly mailUrl: string,
    private readonly address: string,
    private readonly record: (step: Step) => void,
  ) {}

  /** One request: a status outside 2xx/3xx, or `expect` not met, is an error of that step. */
  private async request(
    name: string,
    path: string,
    init: { body?: FormData; expect?: (response: Response, text: string) => string | null } = {},
  ): Promise<{ response: Response; text: string }> {
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(this.portalUrl + path, {
        method: init.body ? "POST" : "GET",
        body: init.body,
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
        headers: {
          cookie: this.cookie,
          origin: this.portalUrl,
          "x-forwarded-for": this.address,
        },
      });
      status = response.status;
      const text = await response.text();
      this.cookie = withSetCookies(this.cookie, response);
      const problem = status >= 400 ? `HTTP ${status}` : (init.expect?.(response, text) ?? null);
      this.record({
        name,
        ms: performance.now() - started,
        status,
        ok: !problem,
        error: problem ?? undefined,
      });
      if (problem) throw new StepError(`${name}: ${problem}`);
      return { response, text };
    } catch (error) {
      if (error instanceof StepError) throw error;
      this.record({
        name,
        ms: performance.now() - started,
        status,
        ok: false,
        error: String(error),
      });
      throw new StepError(`${name}: ${String(error)}`);
    }
  }

  private page(name: string, path: string) {
    return this.request(name, path, {
      expect: (response) => (response.status === 200 ? null : `HTTP ${response.status}, not 200`),
    });
  }

  /** The two-step login with the password and the emailed code, as a browser without JS. */
  async logIn(): Promise<void> {
    this.cookie = "";
    const since = Date.now() - 1000;
    const login = await this.page("login page", "/login");
    await this.request("login: password", "/login", {
      body: formBody(login.text, { login: this.account.login, password: BENCH_PASSWORD }),
      expect: redirectsTo(/\/login\/verify$/),
    });
    const verify = await this.page("login: code page", "/login/verify");
    await this.request("login: code", "/login/verify", {
      body: formBody(verify.text, { code: await this.code(since) }),
      expect: redirectsTo(/^\/(?!login)/),
    });
  }

  private async code(since: number): Promise<string> {
    const deadline = Date.now() + 60_000;
    const inbox = `${this.mailUrl}/__emails?to=${encodeURIComponent(this.account.email)}`;
    while (Date.now() < deadline) {
      const emails = (await (await fetch(inbox)).json()) as Email[];
      const email = emails.find(
        (e) => /verification code/i.test(e.subject) && Date.parse(e.createdAt) >= since,
      );
      const code = email?.text?.match(/\b(\d{6})\b/)?.[1];
      if (code) return code;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    this.record({
      name: "login: code email",
      ms: 60_000,
      status: 0,
      ok: false,
      error: "no code in 60 s",
    });
    throw new StepError(`No login code for ${this.account.email} within 60 s.`);
  }

  /** The role's journey after login; `think` waits between the steps as a reader would. */
  async journey(think: () => Promise<void>, replyNumber: number): Promise<void> {
    const pages =
      this.role === "customer"
        ? [
            ["dashboard", "/dashboard"],
            ["ticket list", "/tickets"],
          ]
        : [["queue", "/staff/queue"]];
    for (const [name, path] of pages) {
      await this.page(`${this.role} ${name}`, path!);
      await think();
    }
    const ticket = await this.page(`${this.role} ticket page`, this.ticketPath);
    await think();
    const marker = `Soak reply ${replyNumber} from ${this.account.login}`;
    await this.request(`${this.role} reply`, this.ticketPath, {
      body: formBody(ticket.text, { body: `${marker}: the tunnel held overnight.` }),
      // without JS the action renders the page again; the reply is on it
      expect: (response, text) =>
        response.status === 303 || text.includes(marker) ? null : "the reply is not on the page",
    });
  }
}

class StepError extends Error {}

const redirectsTo =
  (target: RegExp) =>
  (response: Response): string | null => {
    const location = response.headers.get("location") ?? response.headers.get("x-action-redirect");
    const path = location ? new URL(location, "http://x").pathname : "";
    return response.status >= 300 && response.status < 400 && target.test(path)
      ? null
      : `expected a redirect to ${target}, got HTTP ${response.status} ${location ?? ""}`;
  };
