export { APP_CONFIG } from './config.tokens';
export { toAppConfig, defaultInferenceThreads, type AppConfig } from './app-config';
export { loadEnvironment, ConfigurationError } from './load-config';
