import type { Request } from 'express';
import { isIP } from 'node:net';
import type { RequestContext } from './principal';

export function requestContextOf(request: Request): RequestContext {
  const id = (request as Request & { id?: unknown }).id;
  return { requestId: id === undefined ? undefined : String(id), clientAddress: clientAddressOf(request) };
}

/**
 * The client's address as Express derives it from TRUST_PROXY. A forwarded value that is not an IP
 * address (`x/y`, `999.1.1.1`) is ignored in favour of the peer that sent it, so it can neither
 * break the audit event of a failed sign-in nor open a fresh rate-limit bucket.
 */
function clientAddressOf(request: Request): string | undefined {
  const derived = normalise(request.ip);
  return derived ?? normalise(request.socket?.remoteAddress);
}

function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const mapped = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(mapped) === 4) return mapped;
  return isIP(address) === 6 ? address.toLowerCase() : undefined;
}
