import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `Authorization: Bearer <token>` with one of the configured editor tokens. */
export function isEditorRequest(req: IncomingMessage, editorTokens: readonly string[]): boolean {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return false;
  const token = match[1]!;
  return editorTokens.some((allowed) => sameToken(token, allowed));
}
