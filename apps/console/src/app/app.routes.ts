import type { Route } from '@angular/router';
import { homeRedirectGuard, roleGuard, signedInGuard } from './core/auth/auth.guards';

/** Every page is a lazy chunk; the shell only decides who may open which. */
export const appRoutes: Route[] = [
  { path: 'sign-in', loadComponent: () => import('./features/sign-in/sign-in.page').then((m) => m.SignInPage), title: 'MedLocal' },
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      { path: 'chat', canActivate: [roleGuard(['clinician'])], loadComponent: () => import('./features/chat/chat.page').then((m) => m.ChatPage) },
      { path: 'terms', canActivate: [roleGuard(['clinician', 'admin'])], loadComponent: () => import('./features/terms/terms.page').then((m) => m.TermsPage) },
      {
        path: 'research',
        canActivate: [roleGuard(['researcher'])],
        loadChildren: () => import('./features/research/research.routes').then((m) => m.researchRoutes),
      },
      { path: 'admin', canActivate: [roleGuard(['admin'])], loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes) },
      // The audit trail and the usage figures read from it are the auditor's (三员分立): admins administer.
      {
        path: 'audit',
        canActivate: [roleGuard(['auditor'])],
        children: [
          { path: '', pathMatch: 'full', loadComponent: () => import('./features/audit/audit.page').then((m) => m.AuditPage) },
          { path: 'usage', loadComponent: () => import('./features/audit/usage/usage.page').then((m) => m.UsagePage) },
        ],
      },
      { path: 'forbidden', loadComponent: () => import('./features/shell/forbidden.page').then((m) => m.ForbiddenPage) },
      { path: '', pathMatch: 'full', canMatch: [homeRedirectGuard], children: [] },
      { path: '**', loadComponent: () => import('./features/shell/not-found.page').then((m) => m.NotFoundPage) },
    ],
  },
];
