import { z } from "zod";
import { INBOX_NAME_MAX } from "./channel-fields";

/**
 * The connect procedure's input: the channel's own fields are checked against its list by the domain. Apart from
 * channel-fields.ts, which the admin form imports, so the browser gets the fields without zod.
 */
export const connectInboxInput = z.object({
  channel: z.string().min(1).max(20),
  name: z.string().trim().min(1).max(INBOX_NAME_MAX),
  fields: z.record(z.string().max(40), z.string().trim().max(1000)),
});
