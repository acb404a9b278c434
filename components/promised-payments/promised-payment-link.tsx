import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";
import { createServerCaller } from "@/server/api/server-caller";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** "Take a promised payment" beside "top up" on the balance, only while one is offered; streamed after the balance. */
export async function PromisedPaymentLink() {
  const [{ t }, promised] = await Promise.all([getTranslator(), (await createServerCaller()).promisedPayments.state()]);
  if (promised.offer.kind !== "OFFER") return null;
  return (
    <Link
      href="/account/payments#promised-payment"
      className={cn(buttonClasses({ variant: "ghost", size: "lg" }), "text-white hover:bg-white/15")}
    >
      {t("promisedPayments.link")}
    </Link>
  );
}
