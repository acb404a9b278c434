import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { loginKey, parseLoginIdentifier } from "./login-identifier";
import type { LoginThrottle } from "./login-throttle";
import { verifyDecoy, verifyPassword } from "./password";
import type { Principal } from "./principal";

export interface Credentials {
  login: string;
  password: string;
  ip: string | null;
}

interface Candidate {
  principal: Principal;
  passwordHash: string;
  isActive: boolean;
}

async function findCandidate(db: Db, login: string): Promise<{ key: string; candidate: Candidate | null }> {
  const identifier = parseLoginIdentifier(login);
  if (!identifier) return { key: `raw:${login.trim().toLowerCase()}`, candidate: null };
  if (identifier.kind === "email") {
    const staff = await db.staffUser.findUnique({ where: { email: identifier.email } });
    if (!staff) return { key: loginKey(identifier), candidate: null };
    return {
      key: `staff:${staff.id}`,
      candidate: {
        principal: { kind: "staff", staffId: staff.id, roles: staff.roles, sessionVersion: staff.sessionVersion },
        passwordHash: staff.passwordHash,
        isActive: staff.isActive,
      },
    };
  }
  const account = await db.subscriberAccount.findUnique({
    where: identifier.kind === "phone" ? { phone: identifier.phone } : { accountNumber: identifier.accountNumber },
  });
  if (!account) return { key: loginKey(identifier), candidate: null };
  return {
    key: `subscriber:${account.id}`,
    candidate: {
      principal: { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion },
      passwordHash: account.passwordHash,
      isActive: true,
    },
  };
}

/**
 * Checks a login (phone, account number or staff e-mail) and password.
 * Unknown login and wrong password fail the same way, after the same work.
 */
export async function authenticate(db: Db, throttle: LoginThrottle, credentials: Credentials): Promise<Principal> {
  const { key, candidate } = await findCandidate(db, credentials.login);
  await throttle.assertAllowed(key, credentials.ip);

  const ok = candidate
    ? await verifyPassword(candidate.passwordHash, credentials.password)
    : await verifyDecoy(credentials.password);

  if (!ok || !candidate) {
    await throttle.recordFailure(key, credentials.ip);
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (!candidate.isActive) throw new AppError("ACCOUNT_DISABLED");

  await throttle.recordSuccess(key);
  await writeAuditEntry(db, {
    actor: candidate.principal,
    action: "auth.sign_in",
    subjectAccountId: candidate.principal.kind === "subscriber" ? candidate.principal.accountId : null,
    ip: credentials.ip,
  });
  return candidate.principal;
}
