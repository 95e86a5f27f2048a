export {
  buildDemoModel,
  DEMO_MODEL_DEFAULT_SEED,
  DEMO_MODEL_NAME,
  DEMO_SLIDING_WINDOW,
  demoModelFileName,
  ensureDemoModel,
  type DemoArchitecture,
} from './lib/demo-model';
