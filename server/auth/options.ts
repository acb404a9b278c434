import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/server/db";
import { env } from "@/server/env.mjs";
import { isAppError } from "@/server/domain/errors";
import { authenticate } from "./authenticate";
import { getLoginThrottle } from "./login-throttle-instance";
import { clientIpFromHeaders } from "./client-ip";

const maxAge = Math.round(env().SESSION_MAX_AGE_HOURS * 3600);

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge },
  jwt: { maxAge },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const login = credentials?.login ?? "";
        const password = credentials?.password ?? "";
        if (!login.trim() || !password || login.length > 200 || password.length > 200) {
          throw new Error("INVALID_CREDENTIALS");
        }
        try {
          const principal = await authenticate(getDb(), getLoginThrottle(), {
            login,
            password,
            ip: clientIpFromHeaders(req.headers ?? {}),
          });
          const id = principal.kind === "subscriber" ? principal.accountId : principal.staffId;
          return { id, principal: { kind: principal.kind, id, sv: principal.sessionVersion } };
        } catch (error) {
          // The message travels to the login form as a code it translates.
          if (isAppError(error)) {
            const retry = error.details?.retryAfterSeconds;
            throw new Error(retry ? `${error.code}:${retry}` : error.code);
          }
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.principal = user.principal;
      return token;
    },
    session({ session, token }) {
      session.principal = token.principal;
      return session;
    },
  },
};
