import type { Principal } from "./principal";

export function homePathFor(principal: Principal): string {
  return principal.kind === "subscriber" ? "/account" : "/admin";
}

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeReturnPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
