export {
  buildDemoModel,
  DEMO_MODEL_DEFAULT_SEED,
  DEMO_MODEL_NAME,
  DEMO_MODEL_SHAPES,
  DEMO_SLIDING_WINDOW,
  DEMO_WEIGHT_TYPES,
  isDemoWeightType,
  demoModelFileName,
  ensureDemoModel,
  type DemoArchitecture,
  type DemoModelShape,
  type DemoWeightType,
} from './lib/demo-model';
