import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { ApiKeyAccess } from '../common/access/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config';
import { ApiKeyGuard } from '../openai/api-key.guard';
import type { NodeStatusView } from '../inference/tier/node-status.view';

/**
 * The node's own view for the API instances' `GET /api/status` (the inference tier): the same
 * service keys as `/v1`, since only the instances that send it questions need to know how it is.
 */
@ApiTags('inference-node')
@ApiBearerAuth()
@ApiKeyAccess()
@UseGuards(ApiKeyGuard)
@Controller('node-status')
export class NodeStatusController {
  constructor(
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Model, GPU and queue of this inference node' })
  async status(): Promise<NodeStatusView> {
    const { model, gpu, inferenceRuntime } = await this.engine.getStatus();
    const depth = this.engine.queueDepth;
    return {
      role: 'inference-node',
      model: { name: model.name, loaded: model.loaded, demo: model.demo, contextSize: model.contextSize, error: model.error },
      gpu,
      queue: depth ? { ...depth, parallel: this.config.inference.parallel } : null,
      runtime: inferenceRuntime,
    };
  }
}
