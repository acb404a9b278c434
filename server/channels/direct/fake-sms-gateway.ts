import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake gateway received, as sent. */
export interface GatewayRequest {
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** An answer to give instead of accepting: a status, and Retry-After for a 429. */
export type GatewayFault = { status: number; retryAfter?: number };

/**
 * A local HTTP SMS gateway for tests: it accepts a POST with the configured token and answers
 * `{"status":"accepted","message":{"id":"…"}}`, as HTTP gateways answer with the id their receipts carry
 * later; told to, it answers a fault instead (401 for a wrong token, 429 with Retry-After, 5xx).
 */
export async function startFakeSmsGateway(opts: { token: string }) {
  const requests: GatewayRequest[] = [];
  const faults: GatewayFault[] = [];
  let next = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const authorization = request.headers.authorization;
      requests.push({
        authorization,
        contentType: request.headers["content-type"],
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(body));
      };
      if (authorization !== `Bearer ${opts.token}`) return answer(401, { status: "error", error: "unauthorized" });
      const fault = faults.shift();
      if (fault)
        return answer(
          fault.status,
          { status: "error" },
          fault.retryAfter ? { "retry-after": String(fault.retryAfter) } : {},
        );
      answer(200, { status: "accepted", message: { id: `gw-${++next}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/sms`,
    requests,
    failNext: (fault: GatewayFault) => faults.push(fault),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
