import type { INestApplicationContext } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { collectRouteAccess, type RouteAccessEntry } from '../../../src/common/access/route-access.util';

export interface RouteInputs extends RouteAccessEntry {
  /** Path as the client calls it: with the global `api` prefix where the app applies it. */
  readonly publicPath: string;
  readonly takesBody: boolean;
  readonly takesQuery: boolean;
  readonly pathParams: readonly string[];
}

/** Every registered route with the inputs its handler reads (body, query, path parameters). */
export function collectRouteInputs(app: INestApplicationContext): RouteInputs[] {
  const controllers = new Map<string, object>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (wrapper.metatype) controllers.set(wrapper.metatype.name, wrapper.metatype);
    }
  }
  return collectRouteAccess(app).map((entry) => {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controllers.get(entry.controller) as object, entry.handler) ?? {}) as Record<string, unknown>;
    const kinds = Object.keys(args).map((key) => Number(key.split(':')[0]));
    return {
      ...entry,
      publicPath: entry.path.startsWith('/v1') || entry.path.startsWith('/metrics') ? entry.path : `/api${entry.path === '/' ? '' : entry.path}`,
      takesBody: kinds.includes(RouteParamtypes.BODY),
      takesQuery: kinds.includes(RouteParamtypes.QUERY),
      pathParams: [...entry.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] as string),
    };
  });
}
