import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { createTranslator } from "@/i18n/translator";
import { newPasswordProblem, serverPasswordErrors } from "./check-new-password";

const t = createTranslator("ru");
const refusal = (appCode: string) =>
  new TRPCClientError("refused", { result: { error: { data: { appCode } } } } as never);

describe("password forms put each problem under its field", () => {
  it("the form's own checks: a short password under the new one, a mismatch under the repeat", () => {
    expect(newPasswordProblem("short", "short", t)).toEqual({ newPassword: t("errors.WEAK_PASSWORD") });
    expect(newPasswordProblem("long-enough-1", "long-enough-2", t)).toEqual({
      repeatPassword: "Пароли не совпадают.",
    });
    expect(newPasswordProblem("long-enough-1", "long-enough-1", t)).toBeNull();
  });

  it("the server's refusals: under the field the domain names, anything else for the whole form", () => {
    expect(serverPasswordErrors(refusal("WRONG_CURRENT_PASSWORD"), t)).toEqual({
      currentPassword: "Текущий пароль указан неверно.",
    });
    expect(serverPasswordErrors(refusal("INVALID_CODE"), t)).toHaveProperty("code");
    expect(serverPasswordErrors(refusal("WEAK_PASSWORD"), t)).toHaveProperty("newPassword");
    expect(Object.keys(serverPasswordErrors(refusal("RATE_LIMITED"), t))).toEqual(["form"]);
    expect(serverPasswordErrors(new Error("network"), t)).toEqual({ form: t("errors.INTERNAL") });
  });
});
