import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type { ChatMessageView } from "@/server/realtime/contract";
import { AttachImageButton } from "./attach-image-button";
import { MessageList } from "./message-list";

const ru = messagesFor("ru");
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="ru" messages={ru} timeZone="Europe/Moscow">
      {node}
    </NextIntlClientProvider>,
  );

let seq = 0;
function message(author: ChatMessageView["author"], text: string, operatorId: string | null = null): ChatMessageView {
  seq += 1;
  return {
    id: `m${seq}`,
    chatId: "c1",
    seq,
    author,
    operatorId,
    text,
    isInternal: false,
    payload: null,
    clientId: null,
    createdAt: "2026-05-01T10:00:00.000Z",
    deliveredAt: null,
    readAt: null,
    attachmentIds: [],
  };
}

/** Each message's list item, by its text: what a screen reader reads for it, and the speaker it is drawn as. */
function items(html: string) {
  return [...html.matchAll(/<li [^>]*data-testid="chat-message"[^>]*>.*?<\/li>(?=<li|<\/ol>)/g)].map(([li]) => ({
    speaker: /data-speaker="(\w+)"/.exec(li)?.[1] ?? null,
    name: /data-testid="speaker-name"[^>]*>([^<]*)</.exec(li)?.[1] ?? null,
    avatar: /data-testid="speaker-avatar"[^>]*>(.*?)<\/span>/.exec(li)?.[1] ?? null,
    read: li.replace(/<[^>]+>/g, ""),
  }));
}

const transcript = [
  message("BOT", "Здравствуйте!"),
  message("SUBSCRIBER", "позовите оператора"),
  message("SYSTEM", "К чату подключился оператор Ольга."),
  message("OPERATOR", "Это Ольга, чем помочь?", "op1"),
  message("OPERATOR", "Проверяю счёт.", "op1"),
];
const list = (side: "owner" | "staff", speakers: Parameters<typeof MessageList>[0]["speakers"]) => (
  <MessageList
    messages={transcript}
    pending={[]}
    loading={false}
    acceptsReplies={false}
    otherTyping={false}
    onQuickReply={() => undefined}
    onRetry={() => undefined}
    side={side}
    speakers={speakers}
  />
);

describe("who speaks in the chat", () => {
  it("the subscriber's widget: the bot with its mark, the operator by first name and initials, one's own as «Вы»", () => {
    const [bot, own, system, operator, again] = items(
      render(list("owner", { operators: [{ id: "op1", firstName: "Ольга" }] })),
    );
    expect(bot).toMatchObject({ speaker: "bot", name: "Виртуальный помощник" });
    expect(bot!.avatar).toContain("<svg");
    expect(own).toMatchObject({ speaker: null, name: null });
    expect(own!.read).toMatch(/^Вы: позовите оператора/);
    expect(system).toMatchObject({ speaker: null });
    expect(system!.read).toMatch(/^Система: К чату подключился/);
    expect(operator).toMatchObject({ speaker: "operator", name: "Ольга, оператор", avatar: "О" });
    // The run goes on: no second name or avatar, yet a screen reader still hears who it is.
    expect(again).toMatchObject({ speaker: "operator", name: null, avatar: null });
    expect(again!.read).toMatch(/^Ольга, оператор: Проверяю счёт/);
  });

  it("the operator's workspace: the subscriber by name, the bot apart, the operators' own messages unnamed", () => {
    const [bot, subscriber, , operator] = items(render(list("staff", { subscriber: "Иванова Мария Петровна" })));
    expect(bot).toMatchObject({ speaker: "bot", name: "Виртуальный помощник" });
    expect(subscriber).toMatchObject({ speaker: "subscriber", name: "Иванова Мария Петровна, абонент", avatar: "ИМ" });
    expect(operator).toMatchObject({ speaker: null });
    expect(operator!.read).toMatch(/^Вы: Это Ольга/);
  });

  it("the attach button is a drawn icon with a name, not an emoji", () => {
    const button = /<button[^>]*>.*?<\/button>/.exec(render(<AttachImageButton chatId="c1" />))![0];
    expect(button).toContain('aria-label="Прикрепить изображение"');
    expect(button).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(button).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
