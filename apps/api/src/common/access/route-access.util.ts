import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS, type RouteAccess } from './access.decorators';

export interface RouteAccessEntry {
  /** GET, POST, … */
  readonly method: string;
  /** Controller path + handler path, without the global prefix: `/admin/users/:id`. */
  readonly path: string;
  readonly controller: string;
  readonly handler: string;
  readonly access: RouteAccess | undefined;
}

/** Every route handler of every controller in the application, with the access rule it declares. */
export function collectRouteAccess(app: INestApplicationContext): RouteAccessEntry[] {
  const reflector = app.get(Reflector);
  const entries: RouteAccessEntry[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const controllerPaths = toPaths(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (methodPaths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const access = reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [handler as () => unknown, controller]);
        for (const base of controllerPaths) {
          for (const sub of toPaths(methodPaths)) {
            entries.push({ method, path: joinPath(base, sub), controller: controller.name, handler: name, access });
          }
        }
      }
    }
  }
  return entries;
}

function toPaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : '/'];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}
