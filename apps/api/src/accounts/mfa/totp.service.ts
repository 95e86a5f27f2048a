import { Inject, Injectable } from '@nestjs/common';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import { CLOCK, type Clock } from '../common/clock';

const STEP_SECONDS = 30;
const ISSUER = 'MedLocal';

/** RFC 6238 codes (SHA-1, 6 digits, 30 s, one step of drift either way), timed by the injected clock. */
@Injectable()
export class TotpService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  generateSecret(): string {
    return authenticator.generateSecret(20);
  }

  async provisioning(params: { secret: string; username: string }): Promise<{ otpauthUrl: string; qrCodeDataUrl: string }> {
    const otpauthUrl = authenticator.keyuri(params.username, ISSUER, params.secret);
    return { otpauthUrl, qrCodeDataUrl: await toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 1 }) };
  }

  /** The time step the code belongs to, or null when it matches none in the window. */
  matchStep(params: { code: string; secret: string }): number | null {
    if (!/^\d{6}$/.test(params.code)) return null;
    const epoch = this.clock.now().getTime();
    const delta = this.instance(epoch).checkDelta(params.code, params.secret);
    if (delta === null) return null;
    return Math.floor(epoch / 1000 / STEP_SECONDS) + delta;
  }

  /** For tests and the admin CLI's self-check: the code an authenticator app would show now. */
  generate(secret: string): string {
    return this.instance(this.clock.now().getTime()).generate(secret);
  }

  private instance(epoch: number) {
    return authenticator.clone({ epoch, step: STEP_SECONDS, window: 1 });
  }
}
