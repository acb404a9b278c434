/**
 * What the admin form asks per channel, and who points the messenger at the webhook: the domain's list, exported
 * here beside the adapters it describes. Each field's words are `channelFields.<CHANNEL>.<key>` in i18n.
 */
export { CHANNEL_FIELDS, type ChannelField } from "@/server/domain/channels/channel-fields";
