export { APP_CONFIG } from './config.tokens';
export { toAppConfig, type AppConfig } from './app-config';
export { loadEnvironment, ConfigurationError } from './load-config';
export type { DirectoryConfig, DirectoryGroupRule } from './directory-config.util';
export type { OidcConfig } from './oidc-config.util';
