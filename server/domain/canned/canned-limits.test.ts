import { describe, expect, it } from "vitest";
import { typedShortcut } from "./canned-limits";

describe("typedShortcut", () => {
  it("reads Russian and Latin shortcuts as they are typed, in lower case", () => {
    expect(typedShortcut("/мой")).toBe("мой");
    expect(typedShortcut("/Мой-Баланс")).toBe("мой-баланс");
    expect(typedShortcut("/bye_2")).toBe("bye_2");
    expect(typedShortcut("/")).toBe("");
  });

  it("offers nothing once the draft is more than a shortcut, or not one", () => {
    expect(typedShortcut("мой")).toBeUndefined();
    expect(typedShortcut("/мой баланс")).toBeUndefined();
    expect(typedShortcut("/a.b")).toBeUndefined();
    expect(typedShortcut("текст /мой")).toBeUndefined();
  });
});
