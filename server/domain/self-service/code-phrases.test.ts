import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";
import { createTranslator } from "@/i18n/translator";
import { appErrorCodes, errorPhrase } from "@/server/domain/errors";
import { actionName, pageName } from "./code-phrases";
import { portalPages, selfServiceActions } from "./self-service-actions";

/** Words of its own: not the code, not use-intl's answer to a missing key (its path), not the generic fallback. */
function expectWords(phrase: string, code: string, fallback: string) {
  expect({ code, phrase }).toEqual({ code, phrase: expect.stringMatching(/\p{L}{3}/u) });
  expect([phrase === code, /\b(codes|errors)\./.test(phrase), phrase === fallback]).toEqual([false, false, false]);
}

describe.each(locales)("the words for the portal's codes (%s)", (locale) => {
  const t = createTranslator(locale);
  const messages = messagesFor(locale);
  // Looked up in the messages themselves too: use-intl answers a missing key with the key's path.
  const table = (group: object, path: string) =>
    path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], group);

  it("names every page key", () => {
    for (const page of portalPages) {
      expect({ page, text: typeof table(messages.codes.pages, page) }).toEqual({ page, text: "string" });
      if (page !== "other") expectWords(pageName(t, page), page, pageName(t, "other"));
    }
  });

  it("names every self-service action", () => {
    for (const action of selfServiceActions) {
      expect({ action, text: typeof table(messages.codes.actions, action) }).toEqual({ action, text: "string" });
      expectWords(actionName(t, action), action, t("codes.unknownAction"));
    }
  });

  it("says every error code in words (the subscribers' own error texts)", () => {
    for (const code of appErrorCodes) {
      expect({ code, text: typeof table(messages.errors, code) }).toEqual({ code, text: "string" });
      expectWords(errorPhrase(t, code), code, t("errors.INTERNAL"));
      // A sentence with its full stop: the bot's greeting and the panel put no stop of their own after it.
      expect({ code, phrase: errorPhrase(t, code) }).toEqual({ code, phrase: expect.stringMatching(/\.$/) });
    }
  });

  it("falls back to a generic phrase for a code it does not know, never to the code", () => {
    expect(pageName(t, "checkout")).toBe(pageName(t, "other"));
    expect(actionName(t, "sim.replace")).toBe(t("codes.unknownAction"));
    expect(errorPhrase(t, "SIM_LOST")).toBe(t("errors.INTERNAL"));
    for (const phrase of [pageName(t, "checkout"), actionName(t, "sim.replace"), errorPhrase(t, "SIM_LOST")]) {
      expect(phrase).not.toMatch(/checkout|sim|SIM_LOST|codes\./i);
    }
  });
});
