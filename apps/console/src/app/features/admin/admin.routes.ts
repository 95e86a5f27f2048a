import type { Routes } from '@angular/router';
import { AdminShellComponent } from './admin-shell.component';

export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', loadComponent: () => import('./users/users.page').then((m) => m.UsersPage) },
      { path: 'departments', loadComponent: () => import('./departments/departments.page').then((m) => m.DepartmentsPage) },
      { path: 'prompts', loadComponent: () => import('./prompts/prompts.page').then((m) => m.PromptsPage) },
      { path: 'api-keys', loadComponent: () => import('./api-keys/api-keys.page').then((m) => m.ApiKeysPage) },
      { path: 'sign-in-sources', loadComponent: () => import('./sign-in-sources/sign-in-sources.page').then((m) => m.SignInSourcesPage) },
    ],
  },
];
