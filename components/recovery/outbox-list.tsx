import type { RecentOutboxMessage } from "@/server/domain/outbox/list-recent-messages";
import { getTranslator } from "@/i18n/server";
import { intlLocale } from "@/i18n/format";
import { cardClasses } from "@/components/ui/card";

/** The development outbox: what would have been sent, newest first, readable at 360 px. */
export async function OutboxList({ messages }: { messages: RecentOutboxMessage[] }) {
  const { locale, t } = await getTranslator();
  const time = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "short", timeStyle: "medium" });
  if (messages.length === 0) return <p className="text-muted">{t("recovery.outboxEmpty")}</p>;
  return (
    <ul className="space-y-3">
      {messages.map((message) => (
        <li key={message.id} data-testid="outbox-message" className={cardClasses({ padding: "sm" })}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted">{t("recovery.outboxRecipient")}</dt>
            <dd className="break-all font-medium" data-testid="outbox-recipient">
              {t(`recovery.channel.${message.channel}`)} · {message.recipient}
            </dd>
            {message.subject && (
              <>
                <dt className="text-muted">{t("recovery.outboxSubject")}</dt>
                <dd>{message.subject}</dd>
              </>
            )}
            <dt className="text-muted">{t("recovery.outboxCreated")}</dt>
            <dd>
              <time dateTime={message.createdAt.toISOString()}>{time.format(message.createdAt)}</time>
            </dd>
            <dt className="text-muted">{t("recovery.outboxStatus")}</dt>
            <dd>{t(`recovery.status.${message.status}`)}</dd>
          </dl>
          <pre
            data-testid="outbox-body"
            className="mt-3 whitespace-pre-wrap break-words rounded-md bg-canvas p-3 font-sans text-sm"
          >
            {message.body}
          </pre>
        </li>
      ))}
    </ul>
  );
}
