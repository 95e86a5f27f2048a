import { Injectable } from '@nestjs/common';
import { egressAllowlist, egressRefusals, selfCheckEgressGuard } from './egress-guard';

export interface PrivacyStatus {
  readonly localOnly: boolean;
  readonly egressBlocked: boolean;
  readonly allowlist: string[];
  readonly refusedAttempts: number;
  readonly checkedAt: string;
}

const SELF_CHECK_MAX_AGE_MS = 60_000;

/** Reports the egress guard from a real self-check, repeated at most once a minute. */
@Injectable()
export class PrivacyService {
  private lastCheck?: { blocked: boolean; checkedAt: string; atMs: number };

  async status(): Promise<PrivacyStatus> {
    if (!this.lastCheck || Date.now() - this.lastCheck.atMs > SELF_CHECK_MAX_AGE_MS) {
      const check = await selfCheckEgressGuard();
      this.lastCheck = { ...check, atMs: Date.now() };
    }
    return {
      localOnly: this.lastCheck.blocked,
      egressBlocked: this.lastCheck.blocked,
      allowlist: egressAllowlist(),
      refusedAttempts: egressRefusals().length,
      checkedAt: this.lastCheck.checkedAt,
    };
  }
}
