import { describe, expect, it } from "vitest";
import { commandOf } from "./contact-dialog";
import { buttonData, parseButtonData } from "./inbound-event";

describe("a messenger contact's commands", () => {
  it("reads slash commands, with a bot's name too, and the same words typed out", () => {
    expect(commandOf("/link")).toBe("link");
    expect(commandOf("/link@portal_bot")).toBe("link");
    expect(commandOf("Привязать лицевой счёт")).toBe("link");
    expect(commandOf("Link my account")).toBe("link");
    expect(commandOf(" /unlink ")).toBe("unlink");
    expect(commandOf("Отмена.")).toBe("cancel");
    expect(commandOf("/end")).toBe("end");
    expect(commandOf("привязать")).toBeNull();
    expect(commandOf("как привязать лицевой счёт?")).toBeNull();
  });

  it("reads back the buttons the channel layer sends", () => {
    expect(parseButtonData(buttonData.consent())).toEqual({ kind: "consent" });
    expect(parseButtonData(buttonData.commentSkip())).toEqual({ kind: "commentSkip" });
    expect(parseButtonData(buttonData.quickReply(12, 1))).toEqual({ kind: "quickReply", seq: 12, index: 1 });
    expect(parseButtonData("bot:maybe")).toBeNull();
  });
});
