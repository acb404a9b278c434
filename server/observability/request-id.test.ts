import { describe, expect, it } from "vitest";
import { resolveRequestId } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("resolveRequestId", () => {
  it("keeps an incoming id of 8 to 64 word characters or dashes", () => {
    for (const id of ["abcd1234", "lb_0f3e-77a1", "a".repeat(64), "3f2b9c1e-5d6a-4e7f-8a9b-0c1d2e3f4a5b"]) {
      expect(resolveRequestId(id)).toBe(id);
    }
  });

  it("replaces a missing, short, long or unsafe id with a fresh UUID", () => {
    for (const id of [
      null,
      undefined,
      "",
      "short",
      "a".repeat(65),
      "has space 123",
      "inject\nline",
      "<script>x</script>",
      "ид-запроса-1",
    ]) {
      expect(resolveRequestId(id)).toMatch(UUID);
    }
  });

  it("gives every request without an id its own", () => {
    expect(resolveRequestId(null)).not.toBe(resolveRequestId(null));
  });
});
