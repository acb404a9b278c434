import type { FollowUpDetails } from "@/server/domain/follow-ups/get-follow-up";
import { getTranslator } from "@/i18n/server";

/** The chat from its first line, the bot's part and staff notes included, as the supervisor reads it back. */
export async function FollowUpTranscript({
  messages,
  at,
}: {
  messages: FollowUpDetails["transcript"];
  at: (d: Date) => string;
}) {
  const { t } = await getTranslator();
  return (
    <ol className="mt-2 space-y-2 text-sm" data-testid="follow-up-transcript">
      {messages.map((m) => (
        <li key={m.seq} className={m.isInternal ? "rounded bg-subtle p-1" : undefined}>
          <span className="text-xs text-muted">
            {t(`followUps.author.${m.author}`)} · {at(m.createdAt)}
          </span>
          <p className="whitespace-pre-line break-words">{m.text}</p>
        </li>
      ))}
    </ol>
  );
}
