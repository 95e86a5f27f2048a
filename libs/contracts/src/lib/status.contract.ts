export interface GpuStatus {
  readonly available: boolean;
  /** e.g. `cuda`, `metal`, `vulkan`; false or null when there is none. */
  readonly type: string | false | null;
  readonly devices: readonly string[];
  /** Bytes. */
  readonly vramTotal: number | null;
  readonly vramFree: number | null;
}

export interface ModelStatus {
  readonly name: string | null;
  readonly loaded: boolean;
  /** True when the generated random-weight demo model is serving answers. */
  readonly demo: boolean;
  readonly contextSize: number | null;
  readonly gpuLayers: number | null;
  readonly totalLayers?: number | null;
  /** Set when only part of the model fits on the GPU. */
  readonly offloadWarning?: string | null;
}

export interface PrivacyStatus {
  readonly localOnly: boolean;
  readonly egressBlocked: boolean;
  /** The addresses the server may connect to: global admins only. */
  readonly allowlist?: readonly string[];
  /** How many there are, for everyone else (the addresses map the hospital's servers). */
  readonly allowlistCount?: number;
  /** ISO time the egress guard was last verified. */
  readonly checkedAt: string | null;
}

export interface SystemStatus {
  readonly gpu?: GpuStatus;
  readonly model?: ModelStatus;
  readonly privacy: PrivacyStatus;
  readonly db: { readonly kind: 'pglite' | 'postgres' };
}
