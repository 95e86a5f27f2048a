import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AccountsError, AccountsErrorCode } from '../accounts/accounts.errors';
import { PrincipalService } from '../accounts/access/principal.service';
import { requestContextOf } from '../common/access/request-context.util';
import { SecurityAuditService } from '../accounts/common/security-audit.service';

export const OPENAPI_DOCUMENT_PATH = '/api/docs/openapi.json';

/**
 * The OpenAPI document lists every route and field: reconnaissance for an attacker, reference for
 * an integrator. It is served to admins only, with their access token, and there is no Swagger UI
 * page: a browser cannot attach a bearer token to a page load, and Swagger UI would embed the whole
 * document in a public script. Admins load the JSON into any OpenAPI viewer.
 */
export function serveApiDocs(app: NestExpressApplication): void {
  let document: OpenAPIObject | undefined;
  const principals = app.get(PrincipalService, { strict: false });
  const audit = app.get(SecurityAuditService, { strict: false });
  app
    .getHttpAdapter()
    .getInstance()
    .get(OPENAPI_DOCUMENT_PATH, (request: Request, response: Response, next: NextFunction) => {
      void (async () => {
        const header = request.headers.authorization;
        const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
        if (!token) throw new AccountsError(AccountsErrorCode.AuthRequired, 'Sign in first');
        const principal = await principals.fromAccessToken(token);
        if (principal.restriction || !principal.roles.includes('admin')) {
          await audit.record({
            action: 'access.denied',
            outcome: 'failure',
            actor: principal,
            context: requestContextOf(request),
            summary: {
              reasonCode: principal.restriction ? `restricted_${principal.restriction}` : 'role',
              targetType: 'route',
              targetId: `GET:${OPENAPI_DOCUMENT_PATH}`,
            },
          });
          throw new AccountsError(AccountsErrorCode.AccessDenied, 'Only admins may read the API description');
        }
        document ??= SwaggerModule.createDocument(
          app,
          new DocumentBuilder().setTitle('MedLocal API').setDescription('On-premises clinical assistant').addBearerAuth().build(),
        );
        response.json(document);
      })().catch(next);
    });
}
