import type { Locale } from "../locales";
import { formatsPrecompiled, precompileTree } from "../precompiled-messages";
import { accountMessages } from "./account";
import { adminMessages } from "./admin";
import { appMessages } from "./app";
import { errorsMessages } from "./errors";
import { landingMessages } from "./landing";
import { loginMessages } from "./login";
import { navMessages } from "./nav";
import { helpMessages } from "./help";
import { tariffsMessages } from "./tariffs";
import { optionsMessages } from "./options";
import { accountNavMessages } from "./account-nav";
import { hintsMessages } from "./hints";
import { botMessages } from "./bot";
import { recoveryMessages } from "./recovery";
import { securityMessages } from "./security";
import { paymentsMessages } from "./payments";
import { promisedPaymentsMessages } from "./promised-payments";
import { autopayMessages } from "./autopay";
import { noticesMessages } from "./notices";
import { chatMessages } from "./chat";
import { workspaceMessages } from "./workspace";
import { metricsMessages } from "./metrics";
import { followUpsMessages } from "./follow-ups";
import { collectionsMessages } from "./collections";
import { staffMessages } from "./staff";
import { bannerFunnelMessages } from "./banner-funnel";
import { bannersMessages } from "./banners";
import { ledgerMessages } from "./ledger";
import { codesMessages } from "./codes";
import { pushMessages } from "./push";
import { channelFieldsMessages } from "./channel-fields";
import { messengerMessages } from "./messenger";
import { channelsMessages } from "./channels";
import { deliveryMessages } from "./delivery";
import { devMessengerMessages } from "./dev-messenger";
import { catalogueMessages } from "./catalogue";
import { knowledgeMessages } from "./knowledge";
import { helpAdminMessages } from "./help-admin";
import { botLearningMessages } from "./bot-learning";
import { hintEditorMessages } from "./hint-editor";
import { cannedMessages } from "./canned";
import { statementsMessages } from "./statements";
import { reportsMessages } from "./reports";
import { reviewPlatformsMessages } from "./review-platforms";

/** Every namespace of interface text; a feature adds its own file and one line here. */
const namespaces = {
  app: appMessages,
  nav: navMessages,
  landing: landingMessages,
  login: loginMessages,
  account: accountMessages,
  admin: adminMessages,
  recovery: recoveryMessages,
  security: securityMessages,
  errors: errorsMessages,
  help: helpMessages,
  tariffs: tariffsMessages,
  options: optionsMessages,
  accountNav: accountNavMessages,
  hints: hintsMessages,
  bot: botMessages,
  payments: paymentsMessages,
  promisedPayments: promisedPaymentsMessages,
  autopay: autopayMessages,
  notices: noticesMessages,
  chat: chatMessages,
  workspace: workspaceMessages,
  metrics: metricsMessages,
  followUps: followUpsMessages,
  collections: collectionsMessages,
  staff: staffMessages,
  bannerFunnel: bannerFunnelMessages,
  banners: bannersMessages,
  ledger: ledgerMessages,
  codes: codesMessages,
  push: pushMessages,
  channelFields: channelFieldsMessages,
  messenger: messengerMessages,
  channels: channelsMessages,
  delivery: deliveryMessages,
  devMessenger: devMessengerMessages,
  catalogue: catalogueMessages,
  knowledge: knowledgeMessages,
  helpAdmin: helpAdminMessages,
  botLearning: botLearningMessages,
  hintEditor: hintEditorMessages,
  canned: cannedMessages,
  statements: statementsMessages,
  reports: reportsMessages,
  reviewPlatforms: reviewPlatformsMessages,
};

type Namespaces = typeof namespaces;
export type Namespace = keyof Namespaces;
export type Messages = { [K in Namespace]: Namespaces[K]["ru"] };

function forLocale(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, texts]) => [name, texts[locale]])) as Messages;
}

const written: Record<Locale, Messages> = { ru: forLocale("ru"), en: forLocale("en") };
const compiled: Partial<Record<Locale, Messages>> = {};

/** Every namespace in one locale: for the server, which renders any text. Compiled, where use-intl expects that. */
export function messagesFor(locale: Locale): Messages {
  return formatsPrecompiled ? (compiled[locale] ??= precompileTree(written[locale])) : written[locale];
}

/** Only the given namespaces in one locale: what a page sends to the browser. */
export function pickMessages<N extends Namespace>(locale: Locale, names: readonly N[]): Pick<Messages, N> {
  const all = messagesFor(locale);
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<Messages, N>;
}
