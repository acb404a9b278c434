import type { Principal } from "./principal";

/** Where a sign-in lands: the account, the help editor for someone who only edits content, else the staff home. */
export function homePathFor(principal: Principal): string {
  if (principal.kind === "subscriber") return "/account";
  return principal.roles.every((r) => r === "CONTENT_EDITOR") ? "/admin/help" : "/admin";
}

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeReturnPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
