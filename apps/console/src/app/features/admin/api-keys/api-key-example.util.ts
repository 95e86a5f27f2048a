import type { ApiKeyScope } from '@medlocal/contracts';

/**
 * A call a script's author can paste into a shell to try a key of this scope on this MedLocal. The key
 * itself is never written into it (it is shown once, apart): the call reads `$MEDLOCAL_KEY`.
 */
export function apiKeyExample(params: { scope: ApiKeyScope; origin: string }): string {
  const { origin } = params;
  switch (params.scope) {
    case 'inference':
      return [
        `curl -sS ${origin}/v1/chat/completions \\`,
        `  -H "Authorization: Bearer $MEDLOCAL_KEY" \\`,
        `  -H "Content-Type: application/json" \\`,
        `  -d '{"messages":[{"role":"user","content":"2型糖尿病合并慢性肾病的降糖药物如何选择?"}]}'`,
      ].join('\n');
    case 'batches':
      return [
        `# Upload notes.csv (one document per row, text in the "text" column), then read the job and its results`,
        `curl -sS ${origin}/api/batches \\`,
        `  -H "Authorization: Bearer $MEDLOCAL_KEY" \\`,
        `  -F textColumn=text -F format=csv -F file=@notes.csv`,
        `curl -sS ${origin}/api/batches -H "Authorization: Bearer $MEDLOCAL_KEY"`,
        `curl -sS ${origin}/api/batches/<job id>/results -H "Authorization: Bearer $MEDLOCAL_KEY"`,
      ].join('\n');
  }
}
