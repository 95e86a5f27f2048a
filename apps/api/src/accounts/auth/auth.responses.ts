import type { SessionRestriction } from '../../common/access/principal';
import type { UserView } from '../users/user-view.util';

export interface MeResponse extends UserView {
  /** When set, the session may only change the password or enrol a second factor. */
  readonly restriction: SessionRestriction | null;
  readonly mfaRequired: boolean;
  readonly passwordExpiresAt: string | null;
}

export interface SignedInResponse {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly user: MeResponse;
}

export interface MfaChallengeResponse {
  readonly mfaRequired: true;
  readonly mfaToken: string;
}

export type LoginResponse = SignedInResponse | MfaChallengeResponse;

export interface MfaEnrolmentResponse {
  readonly secret: string;
  readonly otpauthUrl: string;
  readonly qrCodeDataUrl: string;
}
