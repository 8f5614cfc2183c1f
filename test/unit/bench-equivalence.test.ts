import http from "node:http";
import type { AddressInfo } from "node:net";
import { compareAnswers } from "../../bench/compare/equivalence";
import { questions } from "../../bench/compare/queries";
import type { Targets } from "../../bench/compare/targets";

const targets: Targets = {
  entities: 3,
  relationships: 2,
  id: "a",
  label: "Country",
  farId: "c",
  farLength: 2,
  searchText: "A",
  luceneQuery: "A",
  sourceId: null,
};

describe("bench:compare's equivalence check", () => {
  it("does not take variants that all fail alike for variants that agree", async () => {
    // Every variant answers with the same error: there is no answer to measure.
    const server = http.createServer((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ errors: [{ message: "terminated", extensions: { stacktrace: ["at somewhere"] } }] }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const [q1] = questions(targets);
      const verdict = await compareAnswers(q1!, { ours: base, peer: base, raw: base });
      expect(verdict.differing).toEqual(["ours", "peer", "raw"]);
      expect(Object.keys(verdict.failed).sort()).toEqual(["ours", "peer", "raw"]);
      // the message, without the server's stack trace
      expect(verdict.failed.ours).toBe("errors: terminated");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);

  it("asks Q7, what one source supports, only of a graph with citations, and reads each variant's answer alike", () => {
    expect(questions(targets).map((q) => q.name)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"]);
    const q7 = questions({ ...targets, sourceId: "report-1" }).at(-1)!;
    expect(q7.name).toBe("Q7");
    expect(JSON.parse(q7.requests.raw.body)).toEqual({ sourceId: "report-1" });
    const citation = {
      id: "r1@report-1:0-5",
      quote: "A met",
      relationshipId: "r1",
      relationshipType: "MEETS",
    };
    const lines = {
      ours: q7.normalise.ours({
        data: {
          source: {
            citations: [
              { id: citation.id, quote: citation.quote, relationship: { id: "r1", type: "MEETS" } },
            ],
          },
        },
      }),
      peer: q7.normalise.peer({ data: { citations: [citation] } }),
      raw: q7.normalise.raw({ rows: [citation] }),
    };
    expect(lines).toEqual({
      ours: ["r1@report-1:0-5 | r1 | MEETS | A met"],
      peer: ["r1@report-1:0-5 | r1 | MEETS | A met"],
      raw: ["r1@report-1:0-5 | r1 | MEETS | A met"],
    });
  });
});
