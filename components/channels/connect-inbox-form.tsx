"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { askedFields, INBOX_NAME_MAX, invalidChannelFields } from "@/server/domain/channels/channel-fields";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

/** The field the server refused, when it named one (the same check as here, so only a race gets this far). */
function refusedField(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const field = (error.data as { details?: { field?: unknown } | null } | undefined)?.details?.field;
  return typeof field === "string" ? field : null;
}

/**
 * Connects an inbox of any channel: its fields come from the channel's list in channel-fields.ts (what the admin
 * types, in order; the generated ones are made by the server), with words under channelFields.<CHANNEL>, checked
 * here as the server will check them. Where the admin pastes the webhook address into the messenger, it is shown.
 */
export function ConnectInboxForm({ channels }: { channels: Array<{ channel: MessengerChannel; label: string }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [channel, setChannel] = useState<MessengerChannel>(channels[0]!.channel);
  const [name, setName] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const connect = useMutation(
    trpc.channels.connect.mutationOptions({
      onSuccess: () => {
        setName("");
        setValues({});
        router.refresh();
      },
      onError: (error) => {
        const field = refusedField(error);
        if (field) setInvalid([field]);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = invalidChannelFields(channel, values);
    setInvalid(wrong);
    if (wrong.length === 0) connect.mutate({ channel, name, fields: values });
  };
  const done = connect.data;
  const fieldRefused = connect.error && refusedField(connect.error);
  return (
    <section aria-labelledby="connect-title" className={cardClasses()}>
      <h2 id="connect-title" className="text-heading">
        {t("channels.connectTitle")}
      </h2>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:max-w-lg" noValidate>
        <Field label={t("channels.channelField")}>
          {(control) => (
            <Select
              {...control}
              value={channel}
              onChange={(e) => {
                setChannel(e.target.value as MessengerChannel);
                setValues({});
                setInvalid([]);
                connect.reset();
              }}
            >
              {channels.map((c) => (
                <option key={c.channel} value={c.channel}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <p className="text-sm text-muted" data-testid="connect-how-to">
          {t(`channels.howTo.${channel}`)}
        </p>
        <Field label={t("channels.nameField")} hint={t("channels.nameHint")}>
          {(control) => (
            <Input
              {...control}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={INBOX_NAME_MAX}
              autoComplete="off"
            />
          )}
        </Field>
        {askedFields(channel).map((field) => (
          <Field
            key={`${channel}-${field.key}`}
            // Every field of every channel has words (channel-fields.test.ts checks it).
            label={t(`channelFields.${channel}.${field.key}.label` as "channelFields.VK.token.label")}
            hint={t(`channelFields.${channel}.${field.key}.hint` as "channelFields.VK.token.hint")}
            error={invalid.includes(field.key) ? t("channels.invalidField") : undefined}
          >
            {(control) => (
              <Input
                {...control}
                type={field.secret ? "password" : "text"}
                value={values[field.key] ?? ""}
                onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
                required
                maxLength={field.maxLength}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        ))}
        {connect.error && !fieldRefused && (
          <p role="alert" className={noticeClasses({ tone: "danger" })}>
            {errorMessage(connect.error, t)}
          </p>
        )}
        {done && (
          <div role="status" className={noticeClasses({ tone: done.connected ? "success" : "warning" })}>
            <p>
              {done.connected
                ? t(`channels.connected.${done.webhookSetup}`, { name: done.name })
                : t("channels.connectedWithError", { name: done.name, reason: t(`delivery.reason.${done.reason}`) })}
            </p>
            {done.webhookSetup === "manual" && (
              <p className="mt-1 break-all" data-testid="webhook-url">
                {t("channelFields.webhookSetup.manual", { url: done.webhookUrl })}
              </p>
            )}
          </div>
        )}
        <div>
          <button type="submit" disabled={connect.isPending || name.trim() === ""} className={buttonClasses()}>
            {t("channels.connect")}
          </button>
        </div>
      </form>
    </section>
  );
}
