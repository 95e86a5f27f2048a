import { readFileSync } from 'node:fs';

/** Suffix of the variable that names a file holding a secret (Docker/Podman secrets, systemd credentials). */
export const SECRET_FILE_SUFFIX = '_FILE';

/**
 * Reads `<NAME>_FILE` for each secret variable: the file's content (one trailing newline dropped)
 * becomes the value of `<NAME>`, so secrets need not sit in the environment or a unit file.
 * Problems name the variable and the path, never the content.
 */
export function readSecretFiles(params: { env: NodeJS.ProcessEnv; names: readonly string[] }): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of params.names) {
    const fileVariable = `${name}${SECRET_FILE_SUFFIX}`;
    const file = params.env[fileVariable];
    if (file === undefined || file === '') continue;
    if (params.env[name] !== undefined && params.env[name] !== '') {
      problems.push(`Invalid configuration: set ${name} or ${fileVariable}, not both`);
      continue;
    }
    let content: string;
    try {
      content = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`Invalid configuration: ${fileVariable}=${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    if (content.trim() === '') problems.push(`Invalid configuration: ${fileVariable}=${file} is empty`);
    else values[name] = content;
  }
  return { values, problems };
}
