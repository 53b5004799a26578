import { describe, expect, it } from "vitest";
import { median, percentile, resultsFileName, summarize } from "./stats";

describe("bench:http statistics", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it("summarizes rounds as medians, with the ratio to each round's own ceiling", () => {
    const round = (reqPerSec: number, p95: number, errors = 0) => ({
      reqPerSec,
      p50: p95 / 2,
      p95,
      p99: p95 * 2,
      errors,
      statuses: { "200": 10, ...(errors ? { "500": errors } : {}) },
    });
    const summary = summarize(
      "page",
      [round(50, 100), round(40, 300, 2), round(60, 200)],
      [500, 200, 600],
    );
    expect(summary).toMatchObject({ name: "page", reqPerSec: 50, p95: 200, p99: 400, errors: 2 });
    // 50/500, 40/200, 60/600: the median of 0.1, 0.2, 0.1
    expect(summary.ratioToCeiling).toBeCloseTo(0.1);
    expect(summary.statuses).toEqual({ "200": 30, "500": 2 });
  });

  it("names the results file by date and setup", () => {
    expect(resultsFileName(new Date("2026-12-02T06:00:00Z"), "1-process")).toBe(
      "2026-12-02-1-process.json",
    );
  });
});
