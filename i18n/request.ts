import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { TIME_ZONE } from "./format";
import { getLocale } from "./server";

// next-intl's per-request configuration: the server holds every namespace; pages send the browser only theirs.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE };
});
