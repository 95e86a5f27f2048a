/** One regex built at run time, with the source line that built it (from the stack, source-mapped by vitest). */
export interface ConstructedRegex {
  readonly regex: RegExp;
  /** Workspace-relative `path:line` of the first frame inside the watched folders, or undefined. */
  readonly location: string | undefined;
}

const FRAME_LOCATION = /([^\s()]+?\.ts):(\d+):\d+\)?$/;

function locationOf(stack: string, workspaceRoot: string, folders: readonly string[]): string | undefined {
  for (const frame of stack.split('\n').slice(1)) {
    const match = FRAME_LOCATION.exec(frame.trim());
    if (!match) continue;
    const path = (match[1] ?? '').replace(/^file:\/\//, '');
    const relativePath = path.startsWith(workspaceRoot) ? path.slice(workspaceRoot.length + 1) : path;
    if (folders.some((folder) => relativePath.startsWith(folder))) return `${relativePath}:${match[2]}`;
  }
  return undefined;
}

/**
 * Swaps the global `RegExp` for a proxy that records every regex built through `new RegExp(...)` or
 * `RegExp(...)` until `restore()`. Modules imported afterwards look `RegExp` up on the global object,
 * so their module-level patterns (built from template strings, invisible to a source scan) are caught
 * together with the line that built them.
 */
export function recordRegExpConstructions(params: { workspaceRoot: string; folders: readonly string[] }): {
  constructed: ConstructedRegex[];
  restore(): void;
} {
  const original = globalThis.RegExp;
  const constructed: ConstructedRegex[] = [];
  const record = (regex: RegExp): RegExp => {
    constructed.push({ regex, location: locationOf(new Error().stack ?? '', params.workspaceRoot, params.folders) });
    return regex;
  };
  const proxy = new Proxy(original, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => record(new target(...args)),
  });
  globalThis.RegExp = proxy;
  return {
    constructed,
    restore: () => {
      globalThis.RegExp = original;
    },
  };
}
