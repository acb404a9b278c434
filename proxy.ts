import { NextResponse, type NextRequest } from "next/server";
import { VISITOR_SESSION_COOKIE } from "@/server/visitor-session";

/**
 * Gives every browser an anonymous session key (help-article views, banner impressions,
 * visitor chats are counted per session). Not an access check: those live in pages and procedures.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(VISITOR_SESSION_COOKIE)) return NextResponse.next();
  const key = crypto.randomUUID();
  // Visible to this request's server code as well as to later requests.
  request.cookies.set(VISITOR_SESSION_COOKIE, key);
  const response = NextResponse.next({ request });
  response.cookies.set(VISITOR_SESSION_COOKIE, key, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.nextUrl.protocol === "https:",
  });
  return response;
}

export const config = { matcher: ["/((?!_next/|favicon.ico|api/auth).*)"] };
