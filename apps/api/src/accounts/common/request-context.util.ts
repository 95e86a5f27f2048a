import type { Request } from 'express';
import type { RequestContext } from './principal';

export function requestContextOf(request: Request): RequestContext {
  const id = (request as Request & { id?: unknown }).id;
  return { requestId: id === undefined ? undefined : String(id), clientAddress: request.ip };
}
