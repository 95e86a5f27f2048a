import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PREFIXES = ['/api', '/v1', '/metrics'];

/**
 * Serves the built Angular console from the same origin as the API, so the strict CSP can say
 * `'self'` and nothing else. Deep links (`/chat`, `/admin/users`) get index.html; API paths never do.
 */
export function serveConsole(app: Express, consoleDir: string): boolean {
  const indexFile = path.join(consoleDir, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use(express.static(consoleDir, { index: false, maxAge: '1h', setHeaders: noCacheForIndex }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (isApi || (req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}

function noCacheForIndex(res: Response, filePath: string): void {
  if (filePath.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
}
