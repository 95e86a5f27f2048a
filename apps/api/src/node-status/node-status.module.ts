import { Module } from '@nestjs/common';
import { InferenceModule } from '../inference/inference.module';
import { NodeStatusController } from './node-status.controller';

/** Loaded on inference nodes only: the full API reports itself in `GET /api/status`. */
@Module({ imports: [InferenceModule], controllers: [NodeStatusController] })
export class NodeStatusModule {}
