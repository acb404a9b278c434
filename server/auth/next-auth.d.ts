import "next-auth";
import "next-auth/jwt";

/** What the session cookie carries: who, and the session version to compare with the database. */
export interface SessionPrincipalRef {
  kind: "subscriber" | "staff";
  id: string;
  sv: number;
}

declare module "next-auth" {
  interface User {
    principal: SessionPrincipalRef;
  }
  interface Session {
    principal?: SessionPrincipalRef;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    principal?: SessionPrincipalRef;
  }
}
