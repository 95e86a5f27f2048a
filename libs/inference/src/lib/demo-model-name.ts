/** Status reports demo: true for a model with this `general.name`; @medlocal/demo-model writes it. */
export { DEMO_MODEL_NAME } from '@medlocal/demo-model';
