import { installEgressGuard } from './egress-guard';

/**
 * Before configuration is validated the guard allows only loopback plus the hosts named in the
 * environment; `createMedLocalApp` re-installs it from the validated configuration.
 */
const hostOf = (url?: string) => {
  try {
    return url ? [new URL(url).hostname] : [];
  } catch {
    return [];
  }
};
installEgressGuard({
  allow: [
    ...(process.env['EGRESS_ALLOW'] ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter(Boolean),
    ...hostOf(process.env['DATABASE_URL']),
    ...hostOf(process.env['INFERENCE_REMOTE_URL']),
  ],
});
