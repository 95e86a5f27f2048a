import { Logger } from '@nestjs/common';
import path from 'node:path';
import { createLocalEngine, createRemoteEngine, InferenceErrorCode, isInferenceError, type InferenceEngine } from '@medlocal/inference';
import { ensureDemoModel } from '@medlocal/demo-model';
import { startupTimings } from '../reporting/startup-timings';
import type { AppConfig } from '../config';
import { apiKeyCallerGroup } from '../common/access/api-caller-id.util';
import { UnavailableInferenceEngine } from './unavailable-inference.engine';

/** Reported in status when no model could be loaded to read its context size from. */
const UNKNOWN_CONTEXT_SIZE = 0;

/**
 * The engine behind every question: a remote OpenAI-compatible node when one is configured,
 * else llama.cpp in this process on `MODEL_PATH` or, with none, the generated demo model.
 */
export async function createInferenceEngine(config: AppConfig): Promise<InferenceEngine> {
  const logger = new Logger('Inference');
  const settings = config.inference;
  if (settings.remote) {
    logger.log(`Inference on remote node ${settings.remote.baseUrl}`);
    return createRemoteEngine({
      baseUrl: settings.remote.baseUrl,
      apiKey: settings.remote.apiKey,
      model: settings.remote.model,
      contextSize: settings.contextSize,
      thoughtBudgetTokens: settings.thoughtBudgetTokens,
    });
  }
  const modelPath = settings.modelPath ?? (await startupTimings.measure('model.demo', () => ensureDemoModel(path.join(config.dataDir, 'models'))));
  if (!settings.modelPath) {
    logger.warn(`No MODEL_PATH set: using the DEMO model with random weights (${modelPath}). Its answers are meaningless.`);
  }
  let engine: InferenceEngine;
  try {
    engine = await startupTimings.measure('model.load', () =>
      createLocalEngine({
        modelPath,
        gpu: settings.gpu,
        gpuLayers: settings.gpuLayers,
        threads: settings.threads,
        parallel: settings.parallel,
        prefillChunkTokens: settings.prefillChunkTokens,
        queueMax: settings.queueMax,
        queueTimeoutMs: settings.queueTimeoutMs,
        maxConcurrentPerCaller: settings.maxConcurrentPerCaller,
        queueMaxPerCaller: settings.queueMaxPerCaller,
        callerGroups: [apiKeyCallerGroup(settings.apiKeysMaxRunning)],
        contextSize: settings.contextSize,
        thoughtBudgetTokens: settings.thoughtBudgetTokens,
      }),
    );
  } catch (error) {
    // A missing or non-GGUF file is a configuration mistake: start-up stops with one line naming it.
    // A real GGUF that llama.cpp cannot load (damaged, unsupported, out of memory) leaves the rest of
    // MedLocal serving sign-in, terms and audit; status and health carry the reason.
    if (!isInferenceError(error, InferenceErrorCode.ModelLoadFailed)) throw error;
    logger.error(`Model not loaded, questions are refused until it is fixed and MedLocal restarted: ${error.message}`);
    return new UnavailableInferenceEngine(error, modelPath, settings.contextSize ?? UNKNOWN_CONTEXT_SIZE);
  }
  const { model, gpu, inferenceRuntime } = await engine.getStatus();
  logger.log(
    `Model ${model.name} loaded${model.demo ? ' (DEMO, random weights)' : ''}: ${model.architecture}, context ${model.contextSize}, ` +
      `${model.gpuLayers}/${model.totalLayers} layers on ${gpu.type === false ? 'CPU' : gpu.type}, ${inferenceRuntime?.threads ?? settings.threads} CPU thread(s), ` +
      `llama.cpp ${inferenceRuntime?.build ?? 'unknown'} build, chat wrapper ${model.chatWrapper}`,
  );
  if (model.offloadWarning) logger.warn(model.offloadWarning);
  return engine;
}
