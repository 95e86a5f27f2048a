import type { Route } from '@angular/router';

/** The researcher's pages: batches (upload and list), one job with its results. Each is its own lazy chunk. */
export const researchRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./research.page').then((m) => m.ResearchPage) },
  { path: ':id', loadComponent: () => import('./results/batch-job.page').then((m) => m.BatchJobPage) },
];
